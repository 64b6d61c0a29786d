using Microsoft.EntityFrameworkCore;

namespace Returns.Labels.Data;

/// <summary>The Labels database on SQL Server; its migrations live in Migrations/SqlServer.</summary>
public sealed class LabelsSqlServerDbContext(DbContextOptions<LabelsSqlServerDbContext> options) : LabelsDbContext(options);
