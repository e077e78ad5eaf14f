using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI2001_PkceNotRequiredTests
{
    [Theory]
    [InlineData("fapi1_baseline")]
    [InlineData("fapi2_security")]
    [InlineData("fapi2_message_signing")]
    public Task SimpleIdServer_never_asks_a_confidential_client_for_PKCE(string profile)
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Website() => ClientBuilder.{|FAPI2001:BuildTraditionalWebsiteClient|}("web", "secret", null, "https://app.example.com/callback")
                    .UseClientPrivateKeyJwtAuthentication()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .UseDPOPProof()
                    .Build();

                Client Model() => new {|FAPI2001:Client|}
                {
                    TokenEndPointAuthMethod = OAuthClientPrivateKeyJwtAuthenticationHandler.AUTH_METHOD,
                    IdTokenSignedResponseAlg = SecurityAlgorithms.EcdsaSha256,
                    DPOPBoundAccessTokens = true,
                    GrantTypes = { AuthorizationCodeHandler.GRANT_TYPE },
                    ResponseTypes = { AuthorizationCodeResponseTypeHandler.RESPONSE_TYPE },
                };
            }
            """ + Verify.CompliantHost, profile);

    // A compliant Advanced client (mTLS, code id_token, ES256 request objects); only PAR decides PKCE here.
    private const string AdvancedWebsite = """
        class Config
        {
            Client Website() => ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                .UseClientTlsAuthentication("CN=web")
                .EnableIdTokenInResponseType()
                .SetRequestObjectSigning(SecurityAlgorithms.EcdsaSha256)
                .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                .Build();
        }
        """;

    [Fact]
    public Task Advanced_requires_PKCE_only_when_the_server_requires_PAR()
        => Verify.Analyzer(Verify.Usings + AdvancedWebsite + Verify.AdvancedHost, "fapi1_advanced");

    [Fact]
    public Task Advanced_with_PAR_required_reports_a_confidential_client()
        => Verify.Analyzer(
            Verify.Usings + AdvancedWebsite.Replace("ClientBuilder.BuildTraditionalWebsiteClient", "ClientBuilder.{|FAPI2001:BuildTraditionalWebsiteClient|}")
                + Verify.AdvancedHost.Replace("});", "}).PushAuthorizationRequestIsRequired();"),
            "fapi1_advanced");

    [Fact]
    public Task Public_clients_and_client_credentials_clients_are_not_reported()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Spa() => ClientBuilder.BuildUserAgentClient("spa", "secret", null, "https://spa.example.com/callback")
                    .SetIdTokenSignatureAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();

                Client Api() => ClientBuilder.BuildApiClient("api", "secret").UsePrivateKeyJwtAuthentication().Build();
            }
            """ + Verify.CompliantHost, "fapi1_baseline");
}
