using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI2003_ResponseTypeTests
{
    private const string Fapi2Website = """
        ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                .UseClientPrivateKeyJwtAuthentication()
                .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                .UseDPOPProof()
        """;

    [Fact]
    public Task Id_token_and_token_are_reported_under_FAPI_2()
        => Verify.Analyzer(Verify.Usings + $$"""
            class Config
            {
                Client Hybrid() => {{Fapi2Website}}
                    .{|FAPI2003:EnableIdTokenInResponseType|}()
                    .Build();

                Client Token() => {{Fapi2Website}}
                    .{|FAPI2003:EnableTokenInResponseType|}()
                    .Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Model_elements_and_later_Add_calls_are_reported_on_the_element()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create()
                {
                    var client = new {|FAPI4002:{|FAPI4003:Client|}|}
                    {
                        TokenEndPointAuthMethod = "private_key_jwt",
                        IdTokenSignedResponseAlg = "ES256",
                        DPOPBoundAccessTokens = true,
                        GrantTypes = { "authorization_code" },
                        ResponseTypes = { AuthorizationCodeResponseTypeHandler.RESPONSE_TYPE, {|FAPI2003:IdTokenResponseTypeHandler.RESPONSE_TYPE|} },
                    };
                    client.ResponseTypes.Add({|FAPI2003:TokenResponseTypeHandler.RESPONSE_TYPE|});
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Advanced_accepts_code_id_token_or_code_with_JARM_and_reports_plain_code()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                static TraditionalWebsiteClientBuilder Website(string id)
                    => ClientBuilder.BuildTraditionalWebsiteClient(id, "secret", null, "https://app.example.com/callback")
                        .UseClientTlsAuthentication("CN=" + id)
                        .SetRequestObjectSigning(SecurityAlgorithms.EcdsaSha256)
                        .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256);

                Client Hybrid() => Website("hybrid").EnableIdTokenInResponseType().Build();
                Client Jarm() => Website("jarm").SetSigAuthorizationResponse(SecurityAlgorithms.EcdsaSha256).Build();
                Client PlainCode() => ClientBuilder.{|FAPI2003:BuildTraditionalWebsiteClient|}("code", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=code")
                    .SetRequestObjectSigning(SecurityAlgorithms.EcdsaSha256)
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();
            }
            """, "fapi1_advanced");

    [Fact]
    public Task Baseline_allows_code_id_token_but_not_id_token_alone_or_token()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Hybrid() => new Client { TokenEndPointAuthMethod = "private_key_jwt", IdTokenSignedResponseAlg = "ES256", GrantTypes = { "authorization_code" }, ResponseTypes = { "code", "id_token" } };
                Client Implicit() => new Client { TokenEndPointAuthMethod = "private_key_jwt", IdTokenSignedResponseAlg = "ES256", GrantTypes = { "authorization_code" }, ResponseTypes = { {|FAPI2003:"id_token"|}, {|FAPI2003:"token"|} } };
            }
            """ + Verify.CompliantHost, "fapi1_baseline");

    [Fact]
    public Task Implicit_flow_reports_FAPI2008_only()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Spa() => ClientBuilder.BuildUserAgentClient("spa", "secret", null, "https://spa.example.com/callback")
                    .SetIdTokenSignatureAlg(SecurityAlgorithms.EcdsaSha256)
                    .{|FAPI2008:UseImplicitFlow|}()
                    .Build();
            }
            """ + Verify.CompliantHost, "fapi1_baseline");

    [Fact]
    public Task Unknown_response_types_are_not_reported()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create(ICollection<string> types) => new Client { TokenEndPointAuthMethod = "tls_client_auth", IdTokenSignedResponseAlg = "ES256", RequestObjectSigningAlg = "ES256", ResponseTypes = types };
            }
            """ + Verify.CompliantHost, "fapi1_advanced");

    [Fact]
    public Task Fix_removes_the_call_the_element_and_the_Add_statement()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create()
                {
                    var client = new Client
                    {
                        TokenEndPointAuthMethod = "private_key_jwt",
                        IdTokenSignedResponseAlg = "ES256",
                        AuthorizationCodeExpirationInSeconds = 60,
                        PARExpirationTimeInSeconds = 60,
                        DPOPBoundAccessTokens = true,
                        GrantTypes = { "authorization_code" },
                        ResponseTypes = { "code", {|FAPI2003:"id_token"|} },
                    };
                    client.ResponseTypes.Add({|FAPI2003:"token"|});
                    return client;
                }
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Create()
                {
                    var client = new Client
                    {
                        TokenEndPointAuthMethod = "private_key_jwt",
                        IdTokenSignedResponseAlg = "ES256",
                        AuthorizationCodeExpirationInSeconds = 60,
                        PARExpirationTimeInSeconds = 60,
                        DPOPBoundAccessTokens = true,
                        GrantTypes = { "authorization_code" },
                        ResponseTypes = { "code" },
                    };
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_removes_a_fluent_call()
        => Verify.Fix(Verify.Usings + $$"""
            class Config
            {
                Client Token() => {{Fapi2Website}}
                    .{|FAPI2003:EnableTokenInResponseType|}()
                    .Build();
            }
            """ + Verify.CompliantHost, Verify.Usings + $$"""
            class Config
            {
                Client Token() => {{Fapi2Website}}
                    .Build();
            }
            """ + Verify.CompliantHost);
}
