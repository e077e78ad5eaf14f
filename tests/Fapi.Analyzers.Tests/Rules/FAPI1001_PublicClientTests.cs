using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI1001_PublicClientTests
{
    private const string PublicModel = """
        class Config
        {
            Client Create() => new Client
            {
                IsPublic = {|FAPI1001:true|},
                DPOPBoundAccessTokens = true,
                IdTokenSignedResponseAlg = "ES256",
                AuthorizationCodeExpirationInSeconds = 60,
                PARExpirationTimeInSeconds = 60,
                GrantTypes = { "authorization_code" },
                ResponseTypes = { "code" },
                RedirectionUrls = { "https://app.example.com/callback" },
            };
        }
        """;

    [Theory]
    [InlineData("fapi2_security")]
    [InlineData("fapi2_message_signing")]
    public Task Public_model_client_is_reported_under_FAPI_2(string profile)
        => Verify.Analyzer(Verify.Usings + PublicModel + Verify.CompliantHost, profile);

    [Fact]
    public Task Public_clients_are_allowed_under_baseline()
        => Verify.Analyzer(Verify.Usings + PublicModel.Replace("{|FAPI1001:true|}", "true") + Verify.CompliantHost, "fapi1_baseline");

    [Fact]
    public Task Public_builders_are_reported_on_the_entry_call()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Spa() => ClientBuilder.{|FAPI1001:{|FAPI4001:{|FAPI4002:{|FAPI4003:BuildUserAgentClient|}|}|}|}("spa", "secret", null, "https://spa.example.com/callback")
                    .SetIdTokenSignatureAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();

                Client Mobile() => ClientBuilder.{|FAPI1001:{|FAPI4001:{|FAPI4002:{|FAPI4003:BuildMobileApplication|}|}|}|}("app", "secret", null, "https://app.example.com/callback").Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Authentication_method_none_is_a_public_client_under_advanced()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                const string NoAuthentication = "none";
                Client Create() => new {|FAPI4001:Client|} { TokenEndPointAuthMethod = {|FAPI1001:NoAuthentication|}, TlsClientAuthSubjectDN = "CN=x", GrantTypes = { "client_credentials" } };
            }
            """ + Verify.CompliantHost, "fapi1_advanced");

    [Fact]
    public Task Fix_removes_Public_from_a_confidential_builder()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                    .UseClientPrivateKeyJwtAuthentication()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .UseDPOPProof()
                    .{|FAPI1001:Public|}()
                    .Build();
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Create() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                    .UseClientPrivateKeyJwtAuthentication()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .UseDPOPProof()
                    .Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_sets_IsPublic_false_when_the_client_has_credentials()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => new Client { IsPublic = {|FAPI1001:true|}, TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Create() => new Client { IsPublic = false, TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task No_fix_when_a_public_client_has_no_credentials()
        => Verify.Fix(Verify.Usings + PublicModel + Verify.CompliantHost, Verify.Usings + PublicModel + Verify.CompliantHost, iterations: 0);
}
