using Microsoft.EntityFrameworkCore;

namespace Returns.Orchestrator.Persistence;

/// <summary>The orchestrator's database on PostgreSQL; its migrations live in Migrations/PostgreSql.</summary>
public sealed class OrchestratorPostgreSqlDbContext(DbContextOptions<OrchestratorPostgreSqlDbContext> options) : OrchestratorDbContext(options);
