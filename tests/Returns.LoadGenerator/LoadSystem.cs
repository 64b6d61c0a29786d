using Returns.EndToEnd.Tests.Infrastructure;

namespace Returns.LoadGenerator;

/// <summary>The system the generator starts for itself: the end-to-end fixture's, with the options of the command line.</summary>
public sealed class LoadSystem(ReturnsSystemOptions options) : ReturnsSystem(options);
