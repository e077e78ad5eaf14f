#!/usr/bin/env bash
# Builds a generated SimpleIdServer project of N files (10 clients each, plus a host) with the analyzer and prints
# the compiler's own report of analyzer time (-p:ReportAnalyzer=true). Usage: scripts/measure-analyzer-time.sh [N]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
files="${1:-200}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/Perf.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>disable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <NoWarn>\$(NoWarn);FAPI1002;FAPI2001;FAPI2002;FAPI2003;FAPI2005;FAPI2007;FAPI3001;FAPI4001;FAPI4002;FAPI4003</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <FrameworkReference Include="Microsoft.AspNetCore.App" />
    <ProjectReference Include="$repo/samples/SimpleIdServer.Api/SimpleIdServer.Api.csproj" />
    <ProjectReference Include="$repo/src/Fapi.Analyzers/Fapi.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
XML
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Packages.props"
cat > "$work/Host.cs" <<'CS'
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
public static class Host
{
    public static void Configure(WebApplicationBuilder builder) => builder.AddSidIdentityServer(o =>
    {
        o.RequiredPushedAuthorizationRequest = true;
        o.DefaultCodeChallengeMethod = "S256";
        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
        o.DefaultTokenSignedResponseAlg = "ES256";
    });
}
CS
for i in $(seq 1 "$files"); do
  {
    echo "using System.Collections.Generic; using SimpleIdServer.IdServer.Builders; using SimpleIdServer.IdServer.Domains;"
    echo "public static class Clients$i { public static List<Client> All() => new() {"
    for j in $(seq 1 10); do
      echo "  ClientBuilder.BuildTraditionalWebsiteClient(\"c${i}_$j\", \"s\", null, \"https://app$j.example.com/cb\").UseClientPrivateKeyJwtAuthentication().SetIdTokenSignedResponseAlg(\"ES256\").UseDPOPProof().Build(),"
      echo "  new Client { ClientId = \"m${i}_$j\", TokenEndPointAuthMethod = \"client_secret_post\", GrantTypes = { \"client_credentials\" }, DPOPBoundAccessTokens = true },"
    done
    echo "}; }"
  } > "$work/Clients$i.cs"
done

cd "$work"
dotnet build -nologo -v:d -p:ReportAnalyzer=true --no-incremental > build.log 2>&1 || { tail -40 build.log; exit 1; }
echo "$files files, $((files * 20)) client configurations"
# The report of the Perf project's compilation (the last one in the log).
awk '/Compilation request Perf/ {found=1} found' build.log | grep -E "Total analyzer execution time|Fapi.Analyzers.FapiAnalyzer|Microsoft.CodeAnalysis.NetAnalyzers, " | sed -E 's/^ +//; s/\(FAPI0001.*//'
grep -E "Time Elapsed" build.log | tail -1 | sed -E 's/^ +//'
