# Makes sure the .NET SDK the repo pins (global.json) is on PATH; the project's machines have it.
ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required (dotnet on PATH); see README.md." >&2
    return 1
  fi
}
