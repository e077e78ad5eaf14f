using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI1002_ClientAuthenticationMethodTests
{
    private const string Server = Verify.CompliantHost;

    [Theory]
    [InlineData("fapi1_baseline")]
    [InlineData("fapi2_security")]
    [InlineData("fapi2_message_signing")]
    public Task Shared_secret_literal_in_initializer_is_reported_under_every_profile(string profile)
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create() => new Client { ClientId = "a", TlsClientCertificateBoundAccessToken = true, DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = {|FAPI1002:"client_secret_post"|}, GrantTypes = { "client_credentials" } };
            }
            """ + Server, profile);

    [Fact]
    public Task Under_advanced_a_shared_secret_client_also_lacks_certificate_bound_tokens()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create() => new {|FAPI4001:Client|} { ClientId = "a", TlsClientCertificateBoundAccessToken = true, TokenEndPointAuthMethod = {|FAPI1002:"client_secret_post"|}, GrantTypes = { "client_credentials" } };
            }
            """ + Server, "fapi1_advanced");

    [Fact]
    public Task Values_through_constants_locals_and_static_readonly_fields_are_reported_where_they_are_used()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                const string Basic = "client_secret_basic";
                static readonly string Post = "client_secret_post";

                IEnumerable<Client> Create()
                {
                    var method = OAuthClientSecretPostAuthenticationHandler.AUTH_METHOD;
                    yield return new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = {|FAPI1002:Basic|}, GrantTypes = { "client_credentials" } };
                    yield return new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = {|FAPI1002:Post|}, GrantTypes = { "client_credentials" } };
                    yield return new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = {|FAPI1002:method|}, GrantTypes = { "client_credentials" } };
                    yield return new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = {|FAPI1002:OAuthClientSecretBasicAuthenticationHandler.AUTH_METHOD|}, GrantTypes = { "client_credentials" } };
                }
            }
            """ + Server);

    [Fact]
    public Task Later_assignment_to_the_same_local_is_reported_and_overrides_the_initializer()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create()
                {
                    var client = new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                    client.TokenEndPointAuthMethod = {|FAPI1002:"client_secret_post"|};
                    return client;
                }

                Client Fixed()
                {
                    var client = new Client { TokenEndPointAuthMethod = "client_secret_post", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                    client.TokenEndPointAuthMethod = "private_key_jwt";
                    return client;
                }
            }
            """ + Server);

    [Fact]
    public Task Builder_default_and_explicit_calls_are_reported()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                List<Client> Clients() => new()
                {
                    ClientBuilder.{|FAPI1002:BuildApiClient|}("default", "secret").UseDPOPProof().Build(),
                    ClientBuilder.BuildApiClient("basic", "secret").{|FAPI1002:UseClientSecretBasicAuthentication|}().UseDPOPProof().Build(),
                    ClientBuilder.BuildApiClient("jwt", "secret").{|FAPI1002:UseClientSecretJwtAuthentication|}().UseDPOPProof().Build(),
                    ClientBuilder.BuildApiClient("pkjwt", "secret").UsePrivateKeyJwtAuthentication().UseDPOPProof().Build(),
                    ClientBuilder.BuildApiClient("mtls", "secret").UseClientTlsAuthentication("CN=mtls").Build(),
                    ClientBuilder.BuildApiClient("self", "secret").UseClientSelfSignedAuthentication().UseDPOPProof().Build(),
                };
            }
            """ + Server);

    [Fact]
    public Task Client_secret_jwt_is_allowed_under_baseline_only()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Jwt() => ClientBuilder.BuildApiClient("jwt", "secret").UseClientSecretJwtAuthentication().Build();
            }
            """ + Server, "fapi1_baseline");

    [Fact]
    public Task Unknown_values_and_look_alike_types_are_not_reported()
        => Verify.Analyzer(Verify.Usings + """
            namespace Other { public class Client { public string TokenEndPointAuthMethod { get; set; } } }
            class Config
            {
                Client FromParameter(string method) => new Client { TokenEndPointAuthMethod = method, DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                Other.Client LookAlike() => new Other.Client { TokenEndPointAuthMethod = "client_secret_post" };
            }
            """ + Server);

    [Fact]
    public Task A_client_that_inherits_the_host_default_is_judged_on_the_host()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create() => new Client { DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
                static void Configure(WebApplicationBuilder builder)
                    => builder.{|FAPI1002:{|FAPI2002:{|FAPI3001:AddSidIdentityServer|}|}|}();
            }
            """);

    [Fact]
    public Task Without_a_host_in_the_compilation_the_client_gets_the_library_default()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create() => new {|FAPI1002:Client|} { DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" } };
            }
            """);

    [Fact]
    public Task Host_default_written_in_the_options_lambda_is_reported_there()
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = true;
                        o.DefaultCodeChallengeMethod = "S256";
                        o.DefaultTokenEndPointAuthMethod = {|FAPI1002:OAuthClientSecretBasicAuthenticationHandler.AUTH_METHOD|};
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
            }
            """);

    [Fact]
    public Task A_public_client_under_advanced_gets_FAPI1001_and_not_FAPI1002()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Create() => new {|FAPI4001:Client|} { IsPublic = {|FAPI1001:true|}, TokenEndPointAuthMethod = "client_secret_post", GrantTypes = { "client_credentials" }, TlsClientCertificateBoundAccessToken = true };
            }
            """ + Server, "fapi1_advanced");

    [Fact]
    public Task Fix_replaces_a_literal_with_private_key_jwt()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = {|FAPI1002:"client_secret_post"|}, GrantTypes = { "client_credentials" } };
            }
            """ + Server, Verify.Usings + """
            class Config
            {
                Client Create() => new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
            }
            """ + Server);

    [Fact]
    // The bearer client's FAPI4001 fix (DPoP) runs first, so the fixed code carries both.
    public Task Fix_keeps_the_library_constant_style_and_picks_mtls_when_the_client_has_tls_settings()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Jwt() => new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = {|FAPI1002:OAuthClientSecretPostAuthenticationHandler.AUTH_METHOD|}, GrantTypes = { "client_credentials" } };
                Client Tls() => new {|FAPI4001:Client|} { TlsClientAuthSubjectDN = "CN=client", TokenEndPointAuthMethod = {|FAPI1002:OAuthClientSecretPostAuthenticationHandler.AUTH_METHOD|}, GrantTypes = { "client_credentials" } };
            }
            """ + Server, Verify.Usings + """
            class Config
            {
                Client Jwt() => new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = OAuthClientPrivateKeyJwtAuthenticationHandler.AUTH_METHOD, GrantTypes = { "client_credentials" } };
                Client Tls() => new Client { TlsClientAuthSubjectDN = "CN=client", TokenEndPointAuthMethod = OAuthClientTlsClientAuthenticationHandler.AUTH_METHOD, GrantTypes = { "client_credentials" }, DPOPBoundAccessTokens = true };
            }
            """ + Server);

    [Fact]
    public Task Fix_replaces_a_fluent_call()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => ClientBuilder.BuildApiClient("api", "secret")
                    .{|FAPI1002:UseClientSecretBasicAuthentication|}()
                    .UseDPOPProof()
                    .Build();
            }
            """ + Server, Verify.Usings + """
            class Config
            {
                Client Create() => ClientBuilder.BuildApiClient("api", "secret")
                    .UsePrivateKeyJwtAuthentication()
                    .UseDPOPProof()
                    .Build();
            }
            """ + Server);

    [Fact]
    public Task Fix_adds_the_call_a_builder_default_lacks_before_Build()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => ClientBuilder.{|FAPI1002:BuildApiClient|}("api", "secret")
                    .UseDPOPProof()
                    .Build();
            }
            """ + Server, Verify.Usings + """
            class Config
            {
                Client Create() => ClientBuilder.BuildApiClient("api", "secret")
                    .UseDPOPProof()
                    .UsePrivateKeyJwtAuthentication()
                    .Build();
            }
            """ + Server);

    [Fact]
    public Task Fix_adds_the_missing_initializer_member()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => new {|FAPI1002:Client|}
                {
                    DPOPBoundAccessTokens = true,
                    GrantTypes = { "client_credentials" }
                };
            }
            """, Verify.Usings + """
            class Config
            {
                Client Create() => new Client
                {
                    DPOPBoundAccessTokens = true,
                    GrantTypes = { "client_credentials" },
                    TokenEndPointAuthMethod = "private_key_jwt"
                };
            }
            """);

    [Fact]
    public Task Fix_All_fixes_every_literal_in_the_document()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client A() => new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = {|FAPI1002:"client_secret_post"|}, GrantTypes = { "client_credentials" } };
                Client B() => new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = {|FAPI1002:"client_secret_basic"|}, GrantTypes = { "client_credentials" } };
            }
            """ + Server, Verify.Usings + """
            class Config
            {
                Client A() => new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
                Client B() => new Client { DPOPBoundAccessTokens = true, TokenEndPointAuthMethod = "private_key_jwt", GrantTypes = { "client_credentials" } };
            }
            """ + Server);
}
