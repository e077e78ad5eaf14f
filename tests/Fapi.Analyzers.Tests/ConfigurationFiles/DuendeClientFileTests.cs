using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.ConfigurationFiles;

/// <summary>Duende clients bound from appsettings.json with AddInMemoryClients(section): judged on their JSON lines.</summary>
public class DuendeClientFileTests
{
    private const string Fapi2 = "fapi2_security";

    private const string Host = Verify.DuendeUsings + """
        using Microsoft.Extensions.Configuration;

        class Startup
        {
            void ConfigureServices(IServiceCollection services, IConfiguration configuration)
                => services.AddIdentityServer(o => o.PushedAuthorization.Required = true)
                    .AddInMemoryClients(configuration.GetSection("IdentityServer:Clients"));
        }
        """;

    [Fact]
    public Task Violations_are_reported_on_their_values()
        => Verify.Analyzer(new[] { Host }, Fapi2, files: new[]
        {
            ("/0/appsettings.json", """
                {
                  // Comments and trailing commas, as the configuration provider accepts them.
                  "IdentityServer": {
                    "Clients": [
                      {
                        "ClientId": "bank",
                        "AllowedGrantTypes": [ "authorization_code", {|FAPI2008:"implicit"|} ],
                        "RequirePkce": {|FAPI2001:false|},
                        "AllowPlainTextPkce": {|FAPI2002:true|},
                        "RedirectUris": [ {|FAPI2007:"http://bank.example/callback"|} ],
                        "ClientSecrets": [ {|FAPI1002:{|} "Value": "K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Unols=" } ],
                        "AuthorizationCodeLifetime": {|FAPI4002:300|},
                      },
                    ],
                  },
                }
                """),
        });
}
