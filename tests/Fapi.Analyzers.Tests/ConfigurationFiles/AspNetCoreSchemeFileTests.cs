using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.ConfigurationFiles;

/// <summary>
/// ASP.NET Core OpenID Connect options in appsettings.json: a scheme's section by convention (Authentication:Schemes,
/// .NET 8+, read before the code's delegate), and sections bound with Configure&lt;OpenIdConnectOptions&gt;(name, section).
/// </summary>
public class AspNetCoreSchemeFileTests
{
    private const string Fapi2 = "fapi2_security";

    private static string Startup(string body) => Verify.RelyingPartyUsings + """
        using Microsoft.Extensions.Configuration;

        static class Startup
        {
            static void Configure(IServiceCollection services, IConfiguration configuration)
            {
        """ + body + """

            }
        }
        """;

    /// <summary>A scheme whose code meets FAPI 2.0 in what it writes (PAR, algorithms) and leaves the rest to the file.</summary>
    private static readonly string Bank = Startup("""
                services.AddAuthentication().AddOpenIdConnect("bank", o =>
                {
                    o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                    o.TokenValidationParameters.ValidAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                });
        """);

    [Fact]
    public Task The_scheme_section_is_judged_on_its_lines()
        => Verify.Analyzer(new[] { Bank }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", """
                {
                  "Authentication": {
                    "Schemes": {
                      "bank": {
                        "Authority": "https://bank.example.com",
                        "ClientId": "web",
                        "ClientSecret": {|FAPI1002:"from-the-vault"|},
                        "ResponseType": {|FAPI2003:"code id_token"|},
                        "UsePkce": {|FAPI2001:false|}
                      }
                    }
                  }
                }
                """),
        });

    [Fact]
    public Task What_the_code_writes_after_the_section_decides()
        => Verify.Analyzer(new[]
        {
            Startup("""
                    services.AddAuthentication().AddOpenIdConnect("bank", o =>
                    {
                        o.ResponseType = OpenIdConnectResponseType.Code;
                        o.UsePkce = true;
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                        o.TokenValidationParameters.ValidAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                        o.Events.OnAuthorizationCodeReceived = context =>
                        {
                            context.TokenEndpointRequest.ClientAssertion = "signed elsewhere";
                            return System.Threading.Tasks.Task.CompletedTask;
                        };
                    });
            """),
        }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", """
                { "Authentication": { "Schemes": { "bank": { "ClientSecret": "legacy", "ResponseType": "code id_token", "UsePkce": false } } } }
                """),
        });

    [Fact]
    public Task The_code_default_is_reported_where_no_file_writes_the_setting()
        => Verify.Analyzer(new[]
        {
            Startup("""
                    services.AddAuthentication().{|FAPI2003:AddOpenIdConnect|}("bank", o =>
                    {
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                        o.TokenValidationParameters.ValidAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
                    });
            """),
        }, Fapi2, files: new[]
        {
            // Another scheme's section, and a member the handler does not read from configuration.
            ("/0/appsettings.json", """
                { "Authentication": { "Schemes": { "other": { "ResponseType": "code" }, "bank": { "ClientId": "web", "PushedAuthorizationBehavior": "Disable" } } } }
                """),
        });

    [Fact]
    public Task A_section_the_file_writes_silences_the_code_default()
        => Verify.Analyzer(new[] { Bank }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", """{ "Authentication": { "Schemes": { "bank": { "ResponseType": "code" } } } }"""),
        });

    [Fact]
    public Task Options_bound_with_Configure_read_every_member()
        => Verify.Analyzer(new[]
        {
            Startup("""
                    services.AddAuthentication().AddOpenIdConnect("bank", o => o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require);
                    services.Configure<OpenIdConnectOptions>("bank", configuration.GetSection("Oidc"));
            """),
        }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", """
                {
                  "Oidc": {
                    "ResponseType": {|FAPI2003:"code id_token"|},
                    "TokenValidationParameters": { "ValidateIssuer": {|FAPI5001:false|}, "ValidAlgorithms": [ {|FAPI3001:"RS256"|} ] }
                  }
                }
                """),
        });

    [Fact]
    public Task The_convention_applies_from_ASP_NET_Core_8()
    {
        using var references = TestReferences.Use(TestReferences.AspNetCore8());
        return Verify.Analyzer(new[]
        {
            Startup("""
                    services.AddAuthentication().AddOpenIdConnect("bank", o => o.ResponseType = "code id_token");
            """),
        }, "fapi1_advanced", files: new[]
        {
            ("/0/appsettings.json", """{ "Authentication": { "Schemes": { "bank": { "ClientSecret": {|FAPI1002:"s"|}, "UsePkce": true } } } }"""),
        });
    }

    [Fact]
    public Task A_scheme_value_is_fixed_in_the_file()
        => Verify.FileFix(new[] { Bank }, ("/0/appsettings.json", """{ "Authentication": { "Schemes": { "bank": { "ResponseType": "code", "UsePkce": {|FAPI2001:false|} } } } }"""),
            """{ "Authentication": { "Schemes": { "bank": { "ResponseType": "code", "UsePkce": true } } } }""", Fapi2);

    [Theory]
    [InlineData("services.AddOptions<OpenIdConnectOptions>(\"bank\").Bind(configuration.GetSection(\"Oidc\"));")]
    [InlineData("services.AddOptions<OpenIdConnectOptions>(\"bank\").BindConfiguration(\"Oidc\");")]
    [InlineData("OptionsBuilderConfigurationExtensions.BindConfiguration(services.AddOptions<OpenIdConnectOptions>(\"bank\"), \"Oidc\");")]
    public Task Options_builders_bind_sections_too(string binding)
        => Verify.Analyzer(new[]
        {
            Startup("""
                    services.AddAuthentication().AddOpenIdConnect("bank", o => o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require);

            """ + binding),
        }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", """{ "Oidc": { "ResponseType": {|FAPI2003:"id_token"|}, "UsePkce": true } }"""),
        });

    [Fact]
    public Task A_section_bound_for_a_name_the_code_does_not_tell_is_silent()
        => Verify.Analyzer(new[]
        {
            Startup("""
                    var scheme = System.Environment.GetEnvironmentVariable("SCHEME");
                    services.AddAuthentication().AddOpenIdConnect(scheme, o => o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require);
                    services.Configure<OpenIdConnectOptions>(scheme, configuration.GetSection("Oidc"));
            """),
        }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", """{ "Oidc": { "ResponseType": "id_token", "UsePkce": false } }"""),
        });
}
