using Microsoft.EntityFrameworkCore;

namespace Returns.Orchestrator.Persistence;

/// <summary>The orchestrator's database on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class OrchestratorSqliteDbContext(DbContextOptions<OrchestratorSqliteDbContext> options) : OrchestratorDbContext(options);
