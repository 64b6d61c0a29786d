using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Returns.Orchestrator.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StepDeadlinesAndRefundDue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RefundDueTokenId",
                table: "ReturnStates",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StepDeadlineAt",
                table: "ReturnStates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StepDeadlineTokenId",
                table: "ReturnStates",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StepResends",
                table: "ReturnStates",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RefundDueTokenId",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "StepDeadlineAt",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "StepDeadlineTokenId",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "StepResends",
                table: "ReturnStates");
        }
    }
}
