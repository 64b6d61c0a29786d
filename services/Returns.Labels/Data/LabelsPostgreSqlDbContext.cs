using Microsoft.EntityFrameworkCore;

namespace Returns.Labels.Data;

/// <summary>The Labels database on PostgreSQL; its migrations live in Migrations/PostgreSql.</summary>
public sealed class LabelsPostgreSqlDbContext(DbContextOptions<LabelsPostgreSqlDbContext> options) : LabelsDbContext(options);
