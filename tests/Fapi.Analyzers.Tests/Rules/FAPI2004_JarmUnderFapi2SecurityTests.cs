using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI2004_JarmUnderFapi2SecurityTests
{
    private const string Website = """
        ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                .UseClientPrivateKeyJwtAuthentication()
                .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                .UseDPOPProof()
        """;

    [Fact]
    public Task JARM_signing_is_reported_under_the_security_profile()
        => Verify.Analyzer(Verify.Usings + $$"""
            class Config
            {
                Client Builder() => {{Website}}
                    .SetSigAuthorizationResponse({|FAPI2004:SecurityAlgorithms.EcdsaSha256|})
                    .Build();

                Client Defaulted() => {{Website}}
                    .{|FAPI2004:SetSigAuthorizationResponse|}()
                    .Build();

                Client Model() => new {|FAPI4002:{|FAPI4003:Client|}|}
                {
                    TokenEndPointAuthMethod = "private_key_jwt",
                    IdTokenSignedResponseAlg = "ES256",
                    DPOPBoundAccessTokens = true,
                    GrantTypes = { "authorization_code" },
                    ResponseTypes = { "code" },
                    AuthorizationSignedResponseAlg = {|FAPI2004:"ES256"|},
                    AuthorizationEncryptedResponseAlg = {|FAPI2004:"RSA-OAEP"|},
                };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task JARM_is_allowed_under_message_signing_where_only_its_algorithm_is_judged()
        => Verify.Analyzer(Verify.Usings + $$"""
            class Config
            {
                Client Es256() => {{Website}}
                    .SetSigAuthorizationResponse(SecurityAlgorithms.EcdsaSha256)
                    .Build();

                Client Defaulted() => {{Website}}
                    .{|FAPI3001:SetSigAuthorizationResponse|}()
                    .Build();
            }
            """ + Verify.CompliantHost, "fapi2_message_signing");

    [Fact]
    public Task Fix_removes_the_JARM_call_and_the_initializer_member()
        => Verify.Fix(Verify.Usings + $$"""
            class Config
            {
                Client Builder() => {{Website}}
                    .SetSigAuthorizationResponse({|FAPI2004:SecurityAlgorithms.EcdsaSha256|})
                    .Build();
            }
            """ + Verify.CompliantHost, Verify.Usings + $$"""
            class Config
            {
                Client Builder() => {{Website}}
                    .Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_removes_the_initializer_member()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Model() => new Client
                {
                    TokenEndPointAuthMethod = "private_key_jwt",
                    IdTokenSignedResponseAlg = "ES256",
                    AuthorizationCodeExpirationInSeconds = 60,
                    PARExpirationTimeInSeconds = 60,
                    DPOPBoundAccessTokens = true,
                    GrantTypes = { "authorization_code" },
                    AuthorizationSignedResponseAlg = {|FAPI2004:"ES256"|},
                    ResponseTypes = { "code" }
                };
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Model() => new Client
                {
                    TokenEndPointAuthMethod = "private_key_jwt",
                    IdTokenSignedResponseAlg = "ES256",
                    AuthorizationCodeExpirationInSeconds = 60,
                    PARExpirationTimeInSeconds = 60,
                    DPOPBoundAccessTokens = true,
                    GrantTypes = { "authorization_code" },
                    ResponseTypes = { "code" }
                };
            }
            """ + Verify.CompliantHost);
}
