using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI4006_RefreshTokenRotationTests
{
    private const string Website = """
        ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                .UseClientPrivateKeyJwtAuthentication()
                .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                .UseDPOPProof()
        """;

    [Theory]
    [InlineData("fapi2_security")]
    [InlineData("fapi2_message_signing")]
    public Task One_time_refresh_tokens_are_reported_under_FAPI_2(string profile)
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Default() => ClientBuilder.{|FAPI4002:{|FAPI4003:{|FAPI4006:BuildTraditionalWebsiteClient|}|}|}("web", "secret", null, "https://app.example.com/callback")
                    .UseClientPrivateKeyJwtAuthentication()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .UseDPOPProof()
                    .EnableRefreshTokenGrantType()
                    .Build();

                Client Explicit() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                    .UseClientPrivateKeyJwtAuthentication()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .UseDPOPProof()
                    .EnableRefreshTokenGrantType()
                    .SetRefreshTokenUsage({|FAPI4006:RefreshTokenUsages.OneTimeOnly|})
                    .Build();

                Client ReUse() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                    .UseClientPrivateKeyJwtAuthentication()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .UseDPOPProof()
                    .EnableRefreshTokenGrantType()
                    .SetRefreshTokenUsage(RefreshTokenUsages.ReUse)
                    .Build();

                Client Model() => new {|FAPI4006:Client|} { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials", "refresh_token" } };
                Client ApiDefault() => ClientBuilder.BuildApiClient("api", "secret").UsePrivateKeyJwtAuthentication().UseDPOPProof().EnableRefreshTokenGrantType().Build();
                Client NoRefresh() => new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
            }
            """ + Verify.CompliantHost, profile);

    [Fact]
    public Task FAPI_1_does_not_judge_rotation()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Model() => new Client { TokenEndPointAuthMethod = "tls_client_auth", GrantTypes = { "client_credentials", "refresh_token" }, RefreshTokenUsage = RefreshTokenUsages.OneTimeOnly };
            }
            """ + Verify.CompliantHost, "fapi1_advanced");

    [Fact]
    public Task Fix_adds_SetRefreshTokenUsage_ReUse()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Default() => ClientBuilder.{|FAPI4002:{|FAPI4003:{|FAPI4006:BuildTraditionalWebsiteClient|}|}|}("web", "secret", null, "https://app.example.com/callback")
                    .UseClientPrivateKeyJwtAuthentication()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .UseDPOPProof()
                    .EnableRefreshTokenGrantType()
                    .Build();
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Default() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                    .UseClientPrivateKeyJwtAuthentication()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .UseDPOPProof()
                    .EnableRefreshTokenGrantType()
                    .SetRefreshTokenUsage(RefreshTokenUsages.ReUse)
                    .Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_replaces_the_enum_member_and_adds_it_to_the_model()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Model() => new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "refresh_token" }, RefreshTokenUsage = {|FAPI4006:RefreshTokenUsages.OneTimeOnly|} };
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Model() => new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "refresh_token" }, RefreshTokenUsage = RefreshTokenUsages.ReUse };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_adds_the_model_member()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Model() => new {|FAPI4006:Client|} { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "refresh_token" } };
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Model() => new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "refresh_token" }, RefreshTokenUsage = RefreshTokenUsages.ReUse };
            }
            """ + Verify.CompliantHost);
}
