using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Fapi.Analyzers.Configuration;
using Fapi.Analyzers.Tests.ConfigurationFiles;
using Fapi.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Fapi.Analyzers.Tests.Robustness;

/// <summary>A configuration file being typed: every prefix and every one-character edit reads or fails cleanly, never throws.</summary>
public sealed class ConfigurationFileRobustnessTests
{
    private const string Sample = """
        {
          // A comment, /* another */ and a trailing comma.
          "Logging": { "LogLevel": { "Default": "Information" } },
          "Authentication": { "Schemes": { "bank": { "ClientId": "web", "UsePkce": false, "ResponseType": "code\u0020id_token" } } },
          "IdentityServer": {
            "Clients": [
              { "ClientId": "a", "AllowedGrantTypes": [ "implicit", 1, true, null, { } ], "RequirePkce": "False",
                "ClientSecrets": [ { "Type": "SharedSecret", "Value": "x" } ], "AuthorizationCodeLifetime": -1e3, },
            ],
            "PushedAuthorization": { "Required": [ ], "Lifetime": { "Nested": "deep" } }
          }
        }
        """;

    [Fact]
    public void Every_prefix_and_edit_reads_or_fails_with_a_position()
    {
        var inputs = Enumerable.Range(0, Sample.Length + 1).Select(n => Sample.Substring(0, n))
            .Concat(Enumerable.Range(0, Sample.Length).Select(i => Sample.Remove(i, 1)))
            .Concat(Enumerable.Range(0, Sample.Length).Select(i => Sample.Insert(i, "\"")));
        foreach (var input in inputs)
        {
            var root = JsonReader.Read(input, out var error, out var at);
            Assert.True(root is not null || (error is not null && at >= 0 && at <= input.Length), input);
        }
    }

    [Fact]
    public async Task The_analyzer_never_throws_on_a_file_being_typed()
    {
        var tree = CSharpSyntaxTree.ParseText(DuendeClientFileTests.Host() + """

            static class Rp
            {
                static void Configure(IServiceCollection services)
                    => Microsoft.Extensions.DependencyInjection.OpenIdConnectExtensions.AddOpenIdConnect(services.AddAuthentication(), "bank", o => { });
            }
            """, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test0.cs");
        var compilation = CSharpCompilation.Create("Typing", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        for (var n = 0; n <= Sample.Length; n += 3)
        {
            var files = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/0/appsettings.json", Sample.Substring(0, n)), new InMemoryAdditionalText("/0/appsettings.Production.json", Sample.Substring(n)));
            var options = new AnalyzerOptions(files, new EditorConfigOptions(""));
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FapiAnalyzer()), options).GetAllDiagnosticsAsync();
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }
}
