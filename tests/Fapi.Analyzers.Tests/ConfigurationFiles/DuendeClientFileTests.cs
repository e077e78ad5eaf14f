using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Fapi.Analyzers.Tests.ConfigurationFiles;

/// <summary>Duende clients bound from appsettings.json with AddInMemoryClients(section): judged on their JSON lines.</summary>
public class DuendeClientFileTests
{
    private const string Fapi2 = "fapi2_security";

    /// <summary>A server that meets FAPI 2.0 and reads its clients from <paramref name="section"/> (C# that yields a section).</summary>
    internal static string Host(string section = "configuration.GetSection(\"IdentityServer:Clients\")", string before = "") => Verify.DuendeUsings + $$"""
        using Microsoft.Extensions.Configuration;

        class Startup
        {
            void ConfigureServices(IServiceCollection services, IConfiguration configuration, X509Certificate2 certificate)
            {
                {{before}}
                services.AddIdentityServer(options =>
                    {
                        options.PushedAuthorization.Required = true;
                        options.PushedAuthorization.Lifetime = 60;
                        options.JwtValidationClockSkew = TimeSpan.FromSeconds(10);
                        options.SupportedClientAssertionSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                        options.SupportedRequestObjectSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                        options.DPoP.SupportedDPoPSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                    })
                    .AddSigningCredential(certificate, SecurityAlgorithms.EcdsaSha256)
                    .AddInMemoryClients({{section}});
            }
        }
        """;

    /// <summary>A client that meets FAPI 2.0: private_key_jwt, DPoP, code flow, short-lived codes.</summary>
    internal const string CompliantClient = """
        {
          "ClientId": "bank",
          "AllowedGrantTypes": [ "authorization_code" ],
          "ClientSecrets": [ { "Type": "JWK", "Value": "{ \"kty\": \"EC\" }" } ],
          "RequireDPoP": true,
          "AuthorizationCodeLifetime": 60,
          "RedirectUris": [ "https://bank.example/callback" ]
        }
        """;

    private static string Settings(string clients) => $$"""
        {
          "IdentityServer": {
            "Clients": [
              {{clients}}
            ]
          }
        }
        """;

    [Fact]
    public Task Violations_are_reported_on_their_values()
        => Verify.Analyzer(new[] { Host() }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", """
                {
                  // Comments and trailing commas, as the configuration provider accepts them.
                  "IdentityServer": {
                    "Clients": [
                      {|FAPI4001:{|}
                        "ClientId": "bank",
                        "AllowedGrantTypes": [ "authorization_code", {|FAPI2008:"implicit"|} ],
                        "requirePkce": {|FAPI2001:false|},
                        "AllowPlainTextPkce": {|FAPI2002:"True"|},
                        "RedirectUris": [ {|FAPI2007:"http://bank.example/callback"|} ],
                        "ClientSecrets": [ {|FAPI1002:{|} "Value": "K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Unols=" } ],
                        "AuthorizationCodeLifetime": {|FAPI4002:300|},
                        "AllowOfflineAccess": true,
                        "RefreshTokenUsage": {|FAPI4006:"OneTimeOnly"|},
                      },
                    ],
                  },
                }
                """),
        });

    [Fact]
    public Task A_compliant_client_is_silent()
        => Verify.Analyzer(new[] { Host() }, Fapi2, files: new[] { ("/0/appsettings.json", Settings(CompliantClient)) });

    [Fact]
    public Task Defaults_of_a_client_the_file_creates_are_reported_on_its_object()
        => Verify.Analyzer(new[] { Host() }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", Settings("""
                {|FAPI4001:{|} "ClientId": "bank", "AllowedGrantTypes": [ "authorization_code" ],
                  "ClientSecrets": [ { "Type": "JWK", "Value": "{}" } ], "AuthorizationCodeLifetime": 60 }
                """)),
        });

    [Theory]
    [InlineData("configuration.GetSection(Root + \":Clients\")", "const string Root = \"IdentityServer\";")]
    [InlineData("configuration.GetSection(\"IdentityServer\").GetSection(\"Clients\")", "")]
    [InlineData("section", "var section = configuration.GetSection(\"IdentityServer:Clients\");")]
    [InlineData("configuration.GetRequiredSection(\"IdentityServer:Clients\")", "")]
    [InlineData("app.Configuration.GetSection(\"IdentityServer\").GetSection(\"Clients\")", "var app = WebApplication.CreateBuilder();")]
    public Task Sections_are_found_through_constants_locals_and_chains(string section, string before)
        => Verify.Analyzer(new[] { Host(section, before) }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", Settings("""{ "ClientId": "bank", "AllowedGrantTypes": [ "authorization_code" ], "RequireDPoP": true, "AuthorizationCodeLifetime": 60, "ClientSecrets": [ { "Type": "JWK" } ], "RequirePkce": {|FAPI2001:false|} }""")),
        });

    [Theory]
    [InlineData("configuration.GetSection(\"Other:Clients\")", "")]
    [InlineData("section", "IConfigurationSection section = configuration.GetSection(\"IdentityServer:Clients\"); section = configuration.GetSection(\"Other\");")]
    [InlineData("configuration.GetSection(name)", "var name = System.Environment.GetEnvironmentVariable(\"SECTION\");")]
    public Task Sections_the_code_does_not_tell_or_does_not_bind_are_silent(string section, string before)
        => Verify.Analyzer(new[] { Host(section, before) }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", Settings("""{ "ClientId": "bank", "RequirePkce": false, "AllowedGrantTypes": [ "implicit" ] }""")),
        });

    [Fact]
    public Task Values_the_binder_cannot_read_are_unknown_and_silent()
        => Verify.Analyzer(new[] { Host() }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", Settings("""
                { "ClientId": "bank", "AllowedGrantTypes": [ "authorization_code" ], "RequireDPoP": true, "AuthorizationCodeLifetime": "sixty", "RequirePkce": "flase", "AllowPlainTextPkce": null,
                  "ClientSecrets": [ { "Type": "JWK" } ], "Unknown": { "Nested": [ 1, 2 ] } }
                """)),
        });

    [Fact]
    public Task An_environment_file_reports_what_it_writes_last()
        => Verify.Analyzer(new[] { Host() }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", Settings(CompliantClient)),
            // Arrays layer by index, as the configuration builder flattens them: this is the same client.
            ("/0/appsettings.Production.json", """
                { "IdentityServer": { "Clients": [ { "AuthorizationCodeLifetime": {|FAPI4002:600|} } ] } }
                """),
        });

    [Fact]
    public Task A_base_value_an_environment_file_overrides_is_still_reported_in_the_base_file()
        => Verify.Analyzer(new[] { Host() }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", Settings("""{ "ClientId": "bank", "AllowedGrantTypes": [ "authorization_code" ], "RequireDPoP": true, "ClientSecrets": [ { "Type": "JWK" } ], "AuthorizationCodeLifetime": {|FAPI4002:300|} }""")),
            ("/0/appsettings.Staging.json", """{ "IdentityServer": { "Clients": [ { "AuthorizationCodeLifetime": 30 } ] } }"""),
        });

    [Fact]
    public Task A_malformed_file_is_reported_once_with_its_line()
        => Verify.Analyzer(new[] { Host() }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", """
                {
                  "IdentityServer": {
                    "Clients": [ { "ClientId": "bank" {|FAPI0001:|}"RequirePkce": false } ]
                  }
                }
                """),
            // Layered on a base that cannot be read, an environment file gives no verdict.
            ("/0/appsettings.Development.json", """{ "IdentityServer": { "Clients": [ { "RequirePkce": false } ] } }"""),
        },
        messages: new[] { "appsettings.json is not valid configuration JSON at line 3: ',' or '}' was expected. Its settings are not analyzed." });

    [Fact]
    public Task A_file_whose_profile_is_none_is_not_analyzed()
        => Verify.Analyzer(new[] { Host() }, Fapi2, editorConfig: "\n[appsettings.Development.json]\nfapi_profile = none\n", files: new[]
        {
            ("/0/appsettings.json", Settings(CompliantClient)),
            ("/0/appsettings.Development.json", """{ "IdentityServer": { "Clients": [ { "RedirectUris": [ "http://localhost:5000/callback" ], "RequirePkce": false } ] } }"""),
        });

    [Fact]
    public Task Baseline_judges_the_file_by_its_own_table()
        => Verify.Analyzer(new[] { Host() }, "fapi1_baseline", files: new[]
        {
            // Baseline asks nothing of sender-constraining or code lifetimes; it does ask for an authenticated client.
            ("/0/appsettings.json", Settings("""{ "ClientId": "bank", "AllowedGrantTypes": [ "authorization_code" ], "ClientSecrets": [ {|FAPI1002:{|} "Value": "secret" } ], "AuthorizationCodeLifetime": 300, "RedirectUris": [ "https://bank.example/cb" ] }""")),
        });

    [Fact]
    public Task A_value_is_fixed_in_the_file()
        => Verify.FileFix(new[] { Host() }, ("/0/appsettings.json", Settings("""{ "ClientId": "bank", "AllowedGrantTypes": [ "authorization_code" ], "RequireDPoP": true, "ClientSecrets": [ { "Type": "JWK" } ], "AuthorizationCodeLifetime": 60, "RequirePkce": {|FAPI2001:false|} }""")),
            Settings("""{ "ClientId": "bank", "AllowedGrantTypes": [ "authorization_code" ], "RequireDPoP": true, "ClientSecrets": [ { "Type": "JWK" } ], "AuthorizationCodeLifetime": 60, "RequirePkce": true }"""), Fapi2);

    [Fact]
    public Task An_element_is_removed_from_the_file()
        => Verify.FileFix(new[] { Host() }, ("/0/appsettings.json", Settings("""{ "ClientId": "bank", "RequireDPoP": true, "ClientSecrets": [ { "Type": "JWK" } ], "AuthorizationCodeLifetime": 60, "AllowedGrantTypes": [ "authorization_code", {|FAPI2008:"password"|} ] }""")),
            Settings("""{ "ClientId": "bank", "RequireDPoP": true, "ClientSecrets": [ { "Type": "JWK" } ], "AuthorizationCodeLifetime": 60, "AllowedGrantTypes": [ "authorization_code" ] }"""), Fapi2);

    [Fact]
    public Task A_missing_member_is_added_to_the_object()
        => Verify.FileFix(new[] { Host() }, ("/0/appsettings.json", """
            {
              "IdentityServer": {
                "Clients": [
                  {|FAPI4001:{|}
                    "ClientId": "bank",
                    "AllowedGrantTypes": [ "authorization_code" ],
                    "ClientSecrets": [ { "Type": "JWK" } ],
                    "AuthorizationCodeLifetime": 60
                  }
                ]
              }
            }
            """), """
            {
              "IdentityServer": {
                "Clients": [
                  {
                    "RequireDPoP": true,
                    "ClientId": "bank",
                    "AllowedGrantTypes": [ "authorization_code" ],
                    "ClientSecrets": [ { "Type": "JWK" } ],
                    "AuthorizationCodeLifetime": 60
                  }
                ]
              }
            }
            """, Fapi2);

    [Fact]
    public Task Server_options_bound_from_a_section_are_judged_in_the_file()
        => Verify.Analyzer(new[]
        {
            Verify.DuendeUsings + """
                using Microsoft.Extensions.Configuration;

                class Startup
                {
                    void ConfigureServices(IServiceCollection services, IConfiguration configuration)
                        => services.AddIdentityServer(configuration.GetSection("IdentityServer"));
                }
                """,
        }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", """
                {
                  "IdentityServer": {
                    "PushedAuthorization": { "Required": {|FAPI2005:false|}, "Lifetime": {|FAPI4003:600|} },
                    "JwtValidationClockSkew": {|FAPI4005:"00:05:00"|},
                    "KeyManagement": { "SigningAlgorithms": [ { "Name": {|FAPI3001:"RS256"|}, "UseX509Certificate": true } ] }
                  }
                }
                """),
        });

    [Fact]
    public Task A_secret_s_type_is_judged_where_it_is_written()
        => Verify.Analyzer(new[] { Host() }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", Settings("""
                { "ClientId": "bank", "AllowedGrantTypes": [ "authorization_code" ], "RequireDPoP": true, "AuthorizationCodeLifetime": 60,
                  "ClientSecrets": [ { "Type": {|FAPI1002:"SharedSecret"|}, "Value": "s" }, { "Type": "JWK", "Value": "{}" } ] }
                """)),
        });

    [Fact]
    public Task A_time_span_is_fixed_as_the_binder_reads_it()
        => Verify.FileFix(new[] { Verify.DuendeUsings + """
                using Microsoft.Extensions.Configuration;

                class Startup
                {
                    void ConfigureServices(IServiceCollection services, IConfiguration configuration)
                        => services.AddIdentityServer(configuration.GetSection("IdentityServer"));
                }
                """ }, ("/0/appsettings.json", """{ "IdentityServer": { "JwtValidationClockSkew": {|FAPI4005:"00:05:00"|} } }"""),
            """{ "IdentityServer": { "JwtValidationClockSkew": "00:00:10" } }""", Fapi2);

    [Fact]
    public Task IdentityServer4_clients_in_the_file_get_that_library_s_defaults()
    {
        using var references = TestReferences.Use(TestReferences.IdentityServer4("3.1.0.0"));
        return Verify.Analyzer(new[] { Host().Replace("Duende.IdentityServer", "IdentityServer4").Replace("options.DPoP.SupportedDPoPSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };", "")
            .Replace("options.PushedAuthorization.Required = true;", "").Replace("options.PushedAuthorization.Lifetime = 60;", "")
            .Replace("options.JwtValidationClockSkew = TimeSpan.FromSeconds(10);", "")
            .Replace("options.SupportedClientAssertionSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };", "")
            .Replace("options.SupportedRequestObjectSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };", "") }, "fapi1_baseline", files: new[]
        {
            // IdentityServer4 before 4.0 does not require PKCE unless told to.
            ("/0/appsettings.json", Settings("""
                {|FAPI2001:{|} "ClientId": "bank", "AllowedGrantTypes": [ "authorization_code" ],
                  "ClientSecrets": [ { "Type": "X509Thumbprint", "Value": "AB12" } ], "RedirectUris": [ "https://bank.example/cb" ] }
                """)),
        });
    }
}
