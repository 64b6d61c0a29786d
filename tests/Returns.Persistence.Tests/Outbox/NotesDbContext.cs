using Microsoft.EntityFrameworkCore;
using Returns.Persistence.Outbox;

namespace Returns.Persistence.Tests.Outbox;

/// <summary>A service's DbContext in miniature: its own table plus the inbox/outbox tables.</summary>
public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("Note");
            note.HasKey(x => x.Id);
            note.Property(x => x.Text).HasMaxLength(200);
        });
        modelBuilder.AddInboxOutboxEntities();
    }
}
