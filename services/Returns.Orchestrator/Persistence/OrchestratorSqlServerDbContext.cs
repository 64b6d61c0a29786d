using Microsoft.EntityFrameworkCore;

namespace Returns.Orchestrator.Persistence;

/// <summary>The orchestrator's database on SQL Server; its migrations live in Migrations/SqlServer.</summary>
public sealed class OrchestratorSqlServerDbContext(DbContextOptions<OrchestratorSqlServerDbContext> options) : OrchestratorDbContext(options);
