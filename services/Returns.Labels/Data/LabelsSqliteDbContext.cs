using Microsoft.EntityFrameworkCore;

namespace Returns.Labels.Data;

/// <summary>The Labels database on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class LabelsSqliteDbContext(DbContextOptions<LabelsSqliteDbContext> options) : LabelsDbContext(options);
