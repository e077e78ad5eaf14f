#!/usr/bin/env bash
# Builds a generated project of N files (default 2000) of ordinary code in which one file in twenty holds configuration
# of each bound library (SimpleIdServer and Duende through the samples' API stubs; OpenIddict, ASP.NET Core OpenID
# Connect and Microsoft.IdentityModel through the real packages), with -p:ReportAnalyzer=true, and prints the package's
# analyzer time as a share of the compiler's (Csc) time, beside NetAnalyzers' CA5404 in the same build.
# Usage: scripts/measure-build-share.sh [N] [--no-oauth]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
files="${1:-2000}"
oauth=1
[[ "${2:-}" == "--no-oauth" ]] && oauth=0
work="$(mktemp -d)"
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT

references=""
if [[ $oauth == 1 ]]; then
  references="
    <ProjectReference Include=\"$repo/samples/SimpleIdServer.Api/SimpleIdServer.Api.csproj\" />
    <ProjectReference Include=\"$repo/samples/Duende.Api/Duende.Api.csproj\" />
    <PackageReference Include=\"OpenIddict.Server\" Version=\"7.8.0\" />
    <PackageReference Include=\"OpenIddict.Client\" Version=\"7.8.0\" />
    <PackageReference Include=\"Microsoft.AspNetCore.Authentication.OpenIdConnect\" Version=\"10.0.12\" />
    <PackageReference Include=\"Microsoft.IdentityModel.Protocols.OpenIdConnect\" Version=\"8.23.0\" />"
fi
cat > "$work/Perf.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>disable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);CS8019;CS0105</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <FrameworkReference Include="Microsoft.AspNetCore.App" />$references
    <ProjectReference Include="$repo/src/Fapi.Analyzers/Fapi.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
XML
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Packages.props"
# CA5404 (token validation checks disabled) is off by default: turned on, it is the comparable security analyzer.
printf 'root = true\n[*.cs]\ndotnet_diagnostic.CA5404.severity = warning\ndotnet_diagnostic.FAPI0001.severity = none\n' > "$work/.editorconfig"

for i in $(seq 1 "$files"); do
  kind=$(( i % 20 ))
  file="$work/File$i.cs"
  if [[ $oauth == 1 && $kind -ge 1 && $kind -le 5 ]]; then
    sed "s/__N__/$i/g" "$repo/scripts/perf/library$kind.cs.txt" > "$file"
  else
    sed "s/__N__/$i/g" "$repo/scripts/perf/ordinary.cs.txt" > "$file"
  fi
done

cd "$work"
# A first build compiles the references and warms the compiler server (JIT of the compiler and of the analyzers), as
# in a developer's repeated builds; the measured build recompiles this project only.
dotnet build -nologo -v:q > warm.log 2>&1 || { tail -40 warm.log; exit 1; }
dotnet build -nologo -v:d -p:ReportAnalyzer=true --no-incremental -p:BuildProjectReferences=false -clp:PerformanceSummary > build.log 2>&1 || { tail -40 build.log; exit 1; }
seconds() { grep -E "$1" build.log | tail -1 | grep -oE '[0-9]+\.[0-9]+' | head -1; }
csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' build.log | tail -1 | awk '{print $1}')
total=$(seconds "Total analyzer execution time")
fapi=$(seconds "Fapi.Analyzers.FapiAnalyzer ")
ca5404=$(seconds "DoNotDisableTokenValidationChecks")
share() { awk -v a="${1:-0}" -v c="${csc:-0}" 'BEGIN { if (c > 0) printf "%.2f%%", 100 * a * 1000 / c; else print "?" }'; }
echo "files: $files (OAuth configuration: $([[ $oauth == 1 ]] && echo 'one file in twenty per library' || echo none))"
echo "Csc task: ${csc:-?} ms; all analyzers: ${total:-?} s"
echo "Fapi.Analyzers: ${fapi:-<0.001} s ($(share "$fapi") of Csc)"
echo "NetAnalyzers CA5404 (DoNotDisableTokenValidationChecks): ${ca5404:-<0.001} s ($(share "$ca5404") of Csc)"
echo "FAPI warnings: $(grep -oE "warning FAPI[0-9]{4}" build.log | wc -l)"
