using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

/// <summary>
/// SimpleIdServer asks only public clients for PKCE and never checks a confidential client's code_verifier: a library
/// limitation, reported once on the host (on each confidential client where no host is in the compilation).
/// </summary>
public sealed class FAPI2001_PkceNotRequiredTests
{
    private const string Report = "FAPI2001.library_limitation = report\n";

    private const string Clients = """
        class Config
        {
            Client Website() => ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                .UseClientPrivateKeyJwtAuthentication()
                .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                .UseDPOPProof()
                .Build();

            Client Model() => new Client
            {
                TokenEndPointAuthMethod = OAuthClientPrivateKeyJwtAuthenticationHandler.AUTH_METHOD,
                IdTokenSignedResponseAlg = SecurityAlgorithms.EcdsaSha256,
                DPOPBoundAccessTokens = true,
                AuthorizationCodeExpirationInSeconds = 60,
                PARExpirationTimeInSeconds = 60,
                GrantTypes = { AuthorizationCodeHandler.GRANT_TYPE },
                ResponseTypes = { AuthorizationCodeResponseTypeHandler.RESPONSE_TYPE },
            };
        }
        """;

    [Theory]
    [InlineData("fapi1_baseline")]
    [InlineData("fapi2_security")]
    [InlineData("fapi2_message_signing")]
    public Task The_limitation_is_reported_once_on_the_host_under_every_profile_that_asks_PKCE_of_confidential_clients(string profile)
        => Verify.Analyzer(new[]
        {
            Verify.Usings + Clients.Replace("ClientBuilder.BuildTraditionalWebsiteClient", profile.StartsWith("fapi2") ? "ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}" : "ClientBuilder.BuildTraditionalWebsiteClient")
                + Verify.CompliantHost.Replace("builder.AddSidIdentityServer", "builder.{|FAPI2001:AddSidIdentityServer|}"),
        }, profile, editorConfig: Report);

    // Advanced asks PKCE of every PAR request where PAR is supported, and SimpleIdServer's PAR endpoint is always on.
    [Fact]
    public Task Advanced_reports_the_limitation_because_the_PAR_endpoint_is_always_on()
        => Verify.Analyzer(new[]
        {
            Verify.Usings + """
            class Config
            {
                Client Website() => ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=web")
                    .EnableIdTokenInResponseType()
                    .SetRequestObjectSigning(SecurityAlgorithms.EcdsaSha256)
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();
            }
            """ + Verify.AdvancedHost.Replace("builder.AddSidIdentityServer", "builder.{|FAPI2001:AddSidIdentityServer|}"),
        }, "fapi1_advanced", editorConfig: Report);

    [Fact]
    public Task Without_a_host_each_confidential_client_is_reported()
        => Verify.Analyzer(new[]
        {
            Verify.Usings + Clients.Replace("ClientBuilder.BuildTraditionalWebsiteClient", "ClientBuilder.{|FAPI2001:BuildTraditionalWebsiteClient|}").Replace("new Client", "new {|FAPI2001:Client|}"),
        }, "fapi1_baseline", editorConfig: Report, messages: new[]
        {
            "the library cannot enforce this whatever the configuration: SimpleIdServer asks only public clients for a code challenge",
        });

    [Fact]
    public Task A_team_that_deployed_the_workaround_marks_it_mitigated()
        => Verify.Analyzer(Verify.Usings + Clients + Verify.CompliantHost, "fapi1_baseline");

    [Fact]
    public Task Public_clients_and_client_credentials_clients_are_not_reported()
        => Verify.Analyzer(new[]
        {
            Verify.Usings + """
            class Config
            {
                Client Spa() => ClientBuilder.BuildUserAgentClient("spa", "secret", null, "https://spa.example.com/callback")
                    .SetIdTokenSignatureAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();

                Client Api() => ClientBuilder.BuildApiClient("api", "secret").UsePrivateKeyJwtAuthentication().Build();
            }
            """,
        }, "fapi1_baseline", editorConfig: Report);

    [Fact]
    public Task An_unknown_limitation_setting_is_reported_and_the_limitation_still_is()
        => Verify.Analyzer(new[]
        {
            "{|FAPI0001:|}" + Verify.Usings + Clients + Verify.CompliantHost.Replace("builder.AddSidIdentityServer", "builder.{|FAPI2001:AddSidIdentityServer|}"),
        }, "fapi1_baseline", editorConfig: "FAPI2001.library_limitation = ignored\n", reportsAtFileStart: true,
            messages: new[] { "Unknown value 'ignored' for FAPI2001.library_limitation; valid values: report, mitigated. The limitation is reported." });
}
