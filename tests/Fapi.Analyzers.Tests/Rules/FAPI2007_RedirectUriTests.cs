using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI2007_RedirectUriTests
{
    [Fact]
    public Task Http_wildcards_and_private_use_schemes_are_reported_on_the_element()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                const string Callback = "http://app.example.com/callback";

                Client Website() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null,
                        "https://app.example.com/callback",
                        {|FAPI2007:Callback|},
                        {|FAPI2007:"https://*.example.com/callback"|},
                        {|FAPI2007:"com.example.app:/callback"|})
                    .UseClientPrivateKeyJwtAuthentication()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .UseDPOPProof()
                    .Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_redirect_list_through_a_local_is_reported_where_it_is_used()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create()
                {
                    var urls = new List<string> { "https://app.example.com/callback", "http://app.example.com/callback" };
                    var client = new {|FAPI4002:{|FAPI4003:Client|}|}
                    {
                        TokenEndPointAuthMethod = "private_key_jwt",
                        IdTokenSignedResponseAlg = "ES256",
                        DPOPBoundAccessTokens = true,
                        GrantTypes = { "authorization_code" },
                        ResponseTypes = { "code" },
                        RedirectionUrls = {|FAPI2007:urls|},
                    };
                    client.RedirectionUrls.Add({|FAPI2007:"https://*.example.com/"|});
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task FAPI_2_allows_http_on_a_loopback_address_for_native_clients_only()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Native() => new {|FAPI4002:{|FAPI4003:Client|}|}
                {
                    ClientType = ClientTypes.MOBILE,
                    TokenEndPointAuthMethod = "private_key_jwt",
                    IdTokenSignedResponseAlg = "ES256",
                    DPOPBoundAccessTokens = true,
                    GrantTypes = { "authorization_code" },
                    ResponseTypes = { "code" },
                    RedirectionUrls = { "http://127.0.0.1:7890/callback", "http://[::1]:7890/callback" },
                };

                Client Web() => new {|FAPI4002:{|FAPI4003:Client|}|}
                {
                    ClientType = ClientTypes.WEBSITE,
                    TokenEndPointAuthMethod = "private_key_jwt",
                    IdTokenSignedResponseAlg = "ES256",
                    DPOPBoundAccessTokens = true,
                    GrantTypes = { "authorization_code" },
                    ResponseTypes = { "code" },
                    RedirectionUrls = { {|FAPI2007:"http://127.0.0.1:7890/callback"|} },
                };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task FAPI_1_forbids_loopback_redirection_even_for_native_clients()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Native() => new Client
                {
                    ClientType = ClientTypes.MOBILE,
                    TokenEndPointAuthMethod = "private_key_jwt",
                    IdTokenSignedResponseAlg = "ES256",
                    GrantTypes = { "authorization_code" },
                    ResponseTypes = { "code" },
                    RedirectionUrls = { {|FAPI2007:"http://127.0.0.1:7890/callback"|}, "https://localhost:5001/callback" },
                };
            }
            """ + Verify.CompliantHost, "fapi1_baseline");

    [Fact]
    public Task Client_credentials_clients_and_unknown_values_are_not_reported()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Api(string url) => new Client
                {
                    TokenEndPointAuthMethod = "private_key_jwt",
                    DPOPBoundAccessTokens = true,
                    GrantTypes = { "client_credentials" },
                    RedirectionUrls = { "http://legacy.example.com/" },
                };

                Client Unknown(string url) => new {|FAPI4002:{|FAPI4003:Client|}|}
                {
                    TokenEndPointAuthMethod = "private_key_jwt",
                    IdTokenSignedResponseAlg = "ES256",
                    DPOPBoundAccessTokens = true,
                    GrantTypes = { "authorization_code" },
                    RedirectionUrls = { url, "/relative" },
                };
            }
            """ + Verify.CompliantHost);

    [Theory]
    [InlineData("fapi1_baseline")]
    [InlineData("fapi2_security")]
    public Task Pattern_matching_of_registered_URIs_is_a_library_limitation_reported_once_on_the_host(string profile)
        => Verify.Analyzer(new[]
        {
            Verify.Usings + Verify.CompliantHost.Replace("builder.AddSidIdentityServer", "builder.{|FAPI2007:AddSidIdentityServer|}"),
        }, profile, editorConfig: "FAPI2007.library_limitation = report\n", messages: new[]
        {
            "Redirect URI matching is not allowed by " + profile,
            "SimpleIdServer matches every registered redirect URI as an unanchored, case-insensitive regular expression",
        });

    [Fact]
    public Task Without_a_host_each_client_of_the_authorization_endpoint_carries_the_limitation()
        => Verify.Analyzer(new[]
        {
            Verify.Usings + """
            class Config
            {
                Client Website() => new {|FAPI2007:Client|}
                {
                    TokenEndPointAuthMethod = "private_key_jwt",
                    IdTokenSignedResponseAlg = "ES256",
                    GrantTypes = { "authorization_code" },
                    ResponseTypes = { "code" },
                    RedirectionUrls = { "https://app.example.com/callback" },
                };

                Client Machine() => new Client { TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
            }
            """,
        }, "fapi1_baseline", editorConfig: "FAPI2007.library_limitation = report\n");
}
