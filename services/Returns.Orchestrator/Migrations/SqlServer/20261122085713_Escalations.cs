using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Returns.Orchestrator.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Escalations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EscalatedAt",
                table: "ReturnStates",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EscalationExpiresAt",
                table: "ReturnStates",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EscalationExpiryTokenId",
                table: "ReturnStates",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EscalationId",
                table: "ReturnStates",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalationKind",
                table: "ReturnStates",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EscalationRemindAt",
                table: "ReturnStates",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EscalationReminded",
                table: "ReturnStates",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "EscalationReminderTokenId",
                table: "ReturnStates",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReturnStates_EscalatedAt",
                table: "ReturnStates",
                column: "EscalatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReturnStates_EscalatedAt",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "EscalationExpiresAt",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "EscalationExpiryTokenId",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "EscalationId",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "EscalationKind",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "EscalationRemindAt",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "EscalationReminded",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "EscalationReminderTokenId",
                table: "ReturnStates");
        }
    }
}
