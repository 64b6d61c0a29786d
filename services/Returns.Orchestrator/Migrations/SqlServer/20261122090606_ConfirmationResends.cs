using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Returns.Orchestrator.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConfirmationResends : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "EmailResendTokenId",
                table: "ReturnStates",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EmailResends",
                table: "ReturnStates",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmailResendTokenId",
                table: "ReturnStates");

            migrationBuilder.DropColumn(
                name: "EmailResends",
                table: "ReturnStates");
        }
    }
}
