using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI4001_SenderConstrainedTokensTests
{
    [Fact]
    public Task Bearer_clients_are_reported_under_FAPI_2_and_DPoP_or_mTLS_satisfy_it()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                const bool Dpop = false;

                List<Client> Clients() => new()
                {
                    ClientBuilder.{|FAPI4001:BuildApiClient|}("bearer", "secret").UsePrivateKeyJwtAuthentication().Build(),
                    ClientBuilder.BuildApiClient("dpop", "secret").UsePrivateKeyJwtAuthentication().UseDPOPProof().Build(),
                    ClientBuilder.BuildApiClient("mtls", "secret").UseClientTlsAuthentication("CN=mtls").Build(),
                    ClientBuilder.BuildApiClient("self", "secret").UseClientSelfSignedAuthentication().Build(),
                    new Client { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" }, DPOPBoundAccessTokens = {|FAPI4001:Dpop|} },
                    new {|FAPI4001:Client|} { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" }, TlsClientCertificateBoundAccessToken = true },
                };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Advanced_accepts_only_certificate_bound_tokens()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Dpop() => ClientBuilder.{|FAPI4001:BuildApiClient|}("dpop", "secret").UsePrivateKeyJwtAuthentication().UseDPOPProof().Build();
                Client Mtls() => ClientBuilder.BuildApiClient("mtls", "secret").UseClientTlsAuthentication("CN=mtls").Build();
            }
            """ + Verify.CompliantHost, "fapi1_advanced");

    [Fact]
    public Task Baseline_allows_bearer_tokens()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Bearer() => ClientBuilder.BuildApiClient("bearer", "secret").UsePrivateKeyJwtAuthentication().Build();
            }
            """ + Verify.CompliantHost, "fapi1_baseline");

    [Fact]
    public Task Fix_adds_UseDPOPProof_before_Build()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Bearer() => ClientBuilder.{|FAPI4001:BuildApiClient|}("bearer", "secret").UsePrivateKeyJwtAuthentication().Build();
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Bearer() => ClientBuilder.BuildApiClient("bearer", "secret").UsePrivateKeyJwtAuthentication().UseDPOPProof().Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_sets_DPoP_on_the_model_and_replaces_false()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Model() => new {|FAPI4001:Client|} { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Model() => new Client { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" }, DPOPBoundAccessTokens = true };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_replaces_false_with_true_after_the_creation()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Model()
                {
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
                    client.DPOPBoundAccessTokens = {|FAPI4001:false|};
                    return client;
                }
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Model()
                {
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
                    client.DPOPBoundAccessTokens = true;
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_client_inheriting_the_hosts_mutual_TLS_authentication_gets_certificate_bound_tokens()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Inherits() => new Client { GrantTypes = { "client_credentials" } };
            }

            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer(o =>
                    {
                        o.DefaultCodeChallengeMethod = "S256";
                        o.DefaultTokenEndPointAuthMethod = OAuthClientTlsClientAuthenticationHandler.AUTH_METHOD;
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
            }
            """, "fapi1_advanced");
}
