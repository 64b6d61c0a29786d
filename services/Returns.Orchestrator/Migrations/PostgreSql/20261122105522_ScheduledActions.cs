using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Returns.Orchestrator.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ScheduledActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EmailResendAt",
                table: "ReturnStates",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmailResendAt",
                table: "ReturnStates");
        }
    }
}
