using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

/// <summary>FAPI3001 (the specification's allow-list) and FAPI3002 (the table's ES256), and which of the two reports.</summary>
public sealed class FAPI3001_SigningAlgorithmTests
{
    private const string Website = """
        ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                .UseClientPrivateKeyJwtAuthentication()
                .UseDPOPProof()
        """;

    [Fact]
    public Task RS256_HS256_and_none_are_not_allowed_under_FAPI_2()
        => Verify.Analyzer(Verify.Usings + $$"""
            class Config
            {
                static readonly string Hmac = SecurityAlgorithms.HmacSha256;

                Client Rs256() => {{Website}}.SetIdTokenSignedResponseAlg({|FAPI3001:SecurityAlgorithms.RsaSha256|}).Build();
                Client Omitted() => {{Website}}.{|FAPI3001:SetIdTokenSignedResponseAlg|}().Build();
                Client Hs256() => {{Website}}.SetIdTokenSignedResponseAlg({|FAPI3001:Hmac|}).Build();
                Client UserInfo() => {{Website}}.SetIdTokenSignedResponseAlg("ES256").{|FAPI3001:SetUserInfoSignedResponseAlg|}().Build();
                Client EdDsa() => {{Website}}.SetIdTokenSignedResponseAlg({|FAPI3002:"EdDSA"|}).Build();
                Client Unset() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret").UseClientPrivateKeyJwtAuthentication().UseDPOPProof().Build();
                Client Model() => new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" }, TokenSignedResponseAlg = {|FAPI3001:"RS256"|} };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Advanced_allows_PS256_and_ES256_only_and_the_table_asks_for_ES256()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Ps256() => ClientBuilder.BuildTraditionalWebsiteClient("ps", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=ps")
                    .EnableIdTokenInResponseType()
                    .SetRequestObjectSigning({|FAPI3002:SecurityAlgorithms.RsaSsaPssSha256|})
                    .SetIdTokenSignedResponseAlg({|FAPI3002:"PS256"|})
                    .Build();

                Client EdDsa() => ClientBuilder.BuildTraditionalWebsiteClient("ed", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=ed")
                    .EnableIdTokenInResponseType()
                    .SetRequestObjectSigning({|FAPI3001:"EdDSA"|})
                    .SetIdTokenSignedResponseAlg("ES256")
                    .Build();
            }

            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.{|FAPI3001:AddSidIdentityServer|}(o =>
                    {
                        o.DefaultCodeChallengeMethod = "S256";
                        o.DefaultTokenEndPointAuthMethod = "tls_client_auth";
                    });
            }
            """, "fapi1_advanced");

    [Fact]
    public Task Baseline_allows_any_algorithm_but_none_and_the_table_asks_for_ES256_ID_tokens()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Rs256() => ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                    .UseClientPrivateKeyJwtAuthentication()
                    .{|FAPI3002:SetIdTokenSignedResponseAlg|}()
                    .SetUserInfoSignedResponseAlg()
                    .SetRequestObjectSigning("RS256")
                    .Build();

                Client Unsigned() => ClientBuilder.BuildUserAgentClient("spa", "secret", null, "https://spa.example.com/callback")
                    .{|FAPI3001:DisableIdTokenSignature|}()
                    .Build();
            }
            """ + Verify.CompliantHost, "fapi1_baseline");

    [Fact]
    public Task Fix_replaces_the_algorithm_constant_with_ES256()
        => Verify.Fix(Verify.Usings + $$"""
            class Config
            {
                Client Rs256() => {{Website}}.SetIdTokenSignedResponseAlg({|FAPI3001:SecurityAlgorithms.RsaSha256|}).Build();
            }
            """ + Verify.CompliantHost, Verify.Usings + $$"""
            class Config
            {
                Client Rs256() => {{Website}}.SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256).Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_passes_ES256_where_the_optional_argument_was_omitted()
        => Verify.Fix(Verify.Usings + $$"""
            class Config
            {
                Client Omitted() => {{Website}}.{|FAPI3001:SetIdTokenSignedResponseAlg|}().Build();
            }
            """ + Verify.CompliantHost, Verify.Usings + $$"""
            class Config
            {
                Client Omitted() => {{Website}}.SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256).Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_adds_the_ID_token_algorithm_to_a_builder_chain()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Unset() => ClientBuilder.{|FAPI3001:{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}|}("web", "secret").UseClientPrivateKeyJwtAuthentication().UseDPOPProof().Build();
            }
            """, Verify.Usings + """
            class Config
            {
                Client Unset() => ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret").UseClientPrivateKeyJwtAuthentication().UseDPOPProof().SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256).Build();
            }
            """);

    [Fact]
    public Task Fix_adds_the_host_default_algorithm()
        => Verify.Fix(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.{|FAPI3001:AddSidIdentityServer|}(o =>
                    {
                        o.DefaultCodeChallengeMethod = "S256";
                        o.DefaultTokenEndPointAuthMethod = "tls_client_auth";
                    });
            }
            """, Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer(o =>
                    {
                        o.DefaultCodeChallengeMethod = "S256";
                        o.DefaultTokenEndPointAuthMethod = "tls_client_auth";
                        o.DefaultTokenSignedResponseAlg = SecurityAlgorithms.EcdsaSha256;
                    });
            }
            """, "fapi1_advanced");

    private const string AdvancedWebsite = """
        ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                .UseClientTlsAuthentication("CN=web")
                .EnableIdTokenInResponseType()
                .SetRequestObjectSigning(SecurityAlgorithms.RsaSsaPssSha256)
        """;

    private const string AdvancedHost = """

        class Host
        {
            static void Configure(WebApplicationBuilder builder)
                => builder.AddSidIdentityServer(o =>
                {
                    o.DefaultCodeChallengeMethod = "S256";
                    o.DefaultTokenEndPointAuthMethod = "tls_client_auth";
                    o.DefaultTokenSignedResponseAlg = "PS256";
                });
        }
        """;

    [Fact]
    public Task A_PS256_ecosystem_sets_the_table_algorithm_with_an_option()
        => Verify.Analyzer(new[]
        {
            Verify.Usings + $$"""
                class Config
                {
                    Client Ps256() => {{AdvancedWebsite}}.SetIdTokenSignedResponseAlg("PS256").Build();
                    Client Es256() => {{AdvancedWebsite}}.SetIdTokenSignedResponseAlg({|FAPI3002:"ES256"|}).Build();
                    Client Rs256() => {{AdvancedWebsite}}.SetIdTokenSignedResponseAlg({|FAPI3001:"RS256"|}).Build();
                }
                """ + AdvancedHost,
        }, "fapi1_advanced", editorConfig: "FAPI3002.algorithm = ps256\n");

    [Fact]
    public Task Fixes_write_the_ecosystems_algorithm()
        => Verify.Fix(Verify.Usings + $$"""
            class Config
            {
                Client Rs256() => {{AdvancedWebsite}}.SetIdTokenSignedResponseAlg({|FAPI3001:SecurityAlgorithms.RsaSha256|}).Build();
            }
            """ + AdvancedHost, Verify.Usings + $$"""
            class Config
            {
                Client Rs256() => {{AdvancedWebsite}}.SetIdTokenSignedResponseAlg(SecurityAlgorithms.RsaSsaPssSha256).Build();
            }
            """ + AdvancedHost, "fapi1_advanced", editorConfig: "FAPI3002.algorithm = PS256\n");

    [Theory]
    [InlineData("RS256", "Unknown value 'RS256' for FAPI3002.algorithm; valid values: ES256, PS256, EdDSA. The profile table's ES256 applies.")]
    [InlineData("EdDSA", "FAPI3002.algorithm = EdDSA is not allowed by fapi1_advanced (A §8.6). The profile table's ES256 applies.")]
    public Task A_bad_option_value_is_FAPI0001_and_the_table_applies(string value, string message)
        => Verify.Analyzer(
            new[] { "{|FAPI0001:|}" + Verify.Usings + $$"""
                class Config
                {
                    Client Ps256() => {{AdvancedWebsite.Replace("SecurityAlgorithms.RsaSsaPssSha256", "{|FAPI3002:SecurityAlgorithms.RsaSsaPssSha256|}")}}.SetIdTokenSignedResponseAlg({|FAPI3002:"PS256"|}).Build();
                }
                """ + AdvancedHost.Replace("\"PS256\"", "\"ES256\"") },
            "fapi1_advanced",
            editorConfig: "FAPI3002.algorithm = " + value + "\n",
            expected: null,
            reportsAtFileStart: true,
            messages: new[] { message });
}
