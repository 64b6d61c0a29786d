using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Returns.Orchestrator.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReturnStates",
                columns: table => new
                {
                    CorrelationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CurrentState = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RequestedLines = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<string>(type: "TEXT", nullable: true),
                    StatusReason = table.Column<string>(type: "TEXT", nullable: true),
                    LabelId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LabelUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    LabelCreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    EmailStatus = table.Column<string>(type: "TEXT", nullable: true),
                    ItemsMarked = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefundId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RefundAmount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: true),
                    RefundDueAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CompletedSteps = table.Column<string>(type: "TEXT", nullable: false),
                    CancellationReason = table.Column<string>(type: "TEXT", nullable: true),
                    FailedStep = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Timeline = table.Column<string>(type: "TEXT", nullable: false),
                    PendingNote = table.Column<string>(type: "TEXT", nullable: true),
                    PendingActor = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnStates", x => x.CorrelationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnStates_CurrentState",
                table: "ReturnStates",
                column: "CurrentState");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnStates_OrderNumber",
                table: "ReturnStates",
                column: "OrderNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReturnStates");
        }
    }
}
