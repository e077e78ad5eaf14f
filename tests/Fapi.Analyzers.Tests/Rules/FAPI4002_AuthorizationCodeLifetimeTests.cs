using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI4002_AuthorizationCodeLifetimeTests : LifetimeRuleTests
{
    protected override string Id => "FAPI4002";
    protected override string Member => "AuthorizationCodeExpirationInSeconds";
    protected override string OtherMember => "PARExpirationTimeInSeconds";
    protected override int LastCompliant => 60;

    [Fact]
    public Task Message_names_the_value_the_profile_and_the_limit()
        => Verify.Analyzer(new[] { Verify.Usings + $$"""
            class Config
            {
                Client Create() => new Client { {{Members}}, AuthorizationCodeExpirationInSeconds = {|FAPI4002:300|} };
            }
            """ + Verify.CompliantHost }, messages: new[] { "Authorization codes of this client live 300 seconds, but fapi2_security allows at most 60 seconds (S §5.3.2.1-11)" });
}

/// <summary>
/// FAPI4002 and FAPI4003 judge a client lifetime in seconds that SimpleIdServer defaults to 600 and that its builders
/// cannot set: the same cases, each test run once per rule.
/// </summary>
public abstract class LifetimeRuleTests
{
    /// <summary>The rule under test.</summary>
    protected abstract string Id { get; }

    /// <summary>The <c>Client</c> property the rule judges.</summary>
    protected abstract string Member { get; }

    /// <summary>The other rule's property, set to 60 so that only the rule under test reports on the type name.</summary>
    protected abstract string OtherMember { get; }

    /// <summary>The largest compliant value; one more is reported.</summary>
    protected abstract int LastCompliant { get; }

    private int FirstReported => LastCompliant + 1;

    // A FAPI 2.0 code-flow client that meets every other rule (PKCE for confidential clients is a library limitation, judged on the host).
    protected string Members => $$"""TokenEndPointAuthMethod = "private_key_jwt", IdTokenSignedResponseAlg = "ES256", DPOPBoundAccessTokens = true, GrantTypes = { "authorization_code" }, ResponseTypes = { "code" }, {{OtherMember}} = 60""";

    // A website builder that meets every other rule; it can set neither lifetime, so both rules report on it.
    private const string Website = """
        ClientBuilder.{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}("web", "secret", null, "https://app.example.com/callback")
                .UseClientPrivateKeyJwtAuthentication()
                .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                .UseDPOPProof()
                .Build()
        """;

    [Theory]
    [InlineData("fapi2_security")]
    [InlineData("fapi2_message_signing")]
    public Task Library_default_of_600_seconds_is_reported_on_the_anchor(string profile)
        => Verify.Analyzer(Verify.Usings + $$"""
            class Config
            {
                Client Model() => new {|{{Id}}:Client|} { {{Members}} };
                Client Website() => {{Website}};
            }
            """ + Verify.CompliantHost, profile);

    [Fact]
    public Task Explicit_values_are_reported_on_the_expression_that_supplies_them()
        => Verify.Analyzer(Verify.Usings + $$"""
            class Config
            {
                const int Lifetime = 900;

                Client Literal() => new Client { {{Members}}, {{Member}} = {|{{Id}}:3600|} };
                Client Constant() => new Client { {{Members}}, {{Member}} = {|{{Id}}:Lifetime|} };
                Client Local()
                {
                    var lifetime = 600;
                    return new Client { {{Members}}, {{Member}} = {|{{Id}}:lifetime|} };
                }

                Client Assigned()
                {
                    var client = new Client { {{Members}} };
                    client.{{Member}} = {|{{Id}}:1200|};
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task The_limit_is_compliant_and_one_second_more_is_reported()
        => Verify.Analyzer(Verify.Usings + $$"""
            class Config
            {
                const int Lifetime = {{LastCompliant}};

                Client Sixty() => new Client { {{Members}}, {{Member}} = 60 };
                Client Limit() => new Client { {{Members}}, {{Member}} = {{LastCompliant}} };
                Client Constant() => new Client { {{Members}}, {{Member}} = Lifetime };
                Client Over() => new Client { {{Members}}, {{Member}} = {|{{Id}}:{{FirstReported}}|} };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task A_lifetime_set_on_the_built_client_counts()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Website()
                {
                    var client = ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                        .UseClientPrivateKeyJwtAuthentication()
                        .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                        .UseDPOPProof()
                        .Build();
                    client.AuthorizationCodeExpirationInSeconds = 60;
                    client.PARExpirationTimeInSeconds = 60;
                    return client;
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Unresolved_values_are_not_reported()
        => Verify.Analyzer(Verify.Usings + $$"""
            class Config
            {
                static int Lifetime() => 600;

                Client Create() => new Client { {{Members}}, {{Member}} = Lifetime() };
            }
            """ + Verify.CompliantHost);

    [Theory]
    [InlineData("fapi1_baseline")]
    [InlineData("fapi1_advanced")]
    public Task FAPI_1_sets_no_limit(string profile)
        => Verify.Analyzer(Verify.Usings + $$"""
            class Config
            {
                Client Model() => new Client { TokenEndPointAuthMethod = "tls_client_auth", IdTokenSignedResponseAlg = "ES256", GrantTypes = { "authorization_code" }, ResponseTypes = { "code", "id_token" }, RequestObjectSigningAlg = "ES256", {{Member}} = 3600 };
            }
            """ + Verify.AdvancedHost, profile);

    [Fact]
    public Task Clients_without_an_authorization_endpoint_flow_are_not_reported()
        => Verify.Analyzer(Verify.Usings + $$"""
            class Config
            {
                Client Api() => ClientBuilder.BuildApiClient("api", "secret").UsePrivateKeyJwtAuthentication().UseDPOPProof().Build();
                Client Machine() => new Client { TokenEndPointAuthMethod = "private_key_jwt", DPOPBoundAccessTokens = true, GrantTypes = { "client_credentials" }, {{Member}} = 3600 };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_adds_the_model_member_with_60_seconds()
        => Verify.Fix(Verify.Usings + $$"""
            class Config
            {
                Client Create() => new {|{{Id}}:Client|} { {{Members}} };
            }
            """ + Verify.CompliantHost, Verify.Usings + $$"""
            class Config
            {
                Client Create() => new Client { {{Members}}, {{Member}} = 60 };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_replaces_the_value_inside_the_configuration_and_leaves_the_declarations()
        => Verify.Fix(Verify.Usings + $$"""
            class Config
            {
                const int Lifetime = 900;

                Client Constant() => new Client { {{Members}}, {{Member}} = {|{{Id}}:Lifetime|} };
                Client Local()
                {
                    var lifetime = 600;
                    return new Client { {{Members}}, {{Member}} = {|{{Id}}:lifetime|} };
                }
            }
            """ + Verify.CompliantHost, Verify.Usings + $$"""
            class Config
            {
                const int Lifetime = 900;

                Client Constant() => new Client { {{Members}}, {{Member}} = 60 };
                Client Local()
                {
                    var lifetime = 600;
                    return new Client { {{Members}}, {{Member}} = 60 };
                }
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task No_fix_on_a_builder_chain_without_a_lifetime_call()
    {
        var source = Verify.Usings + $$"""
            class Config
            {
                Client Website() => {{Website}};
            }
            """ + Verify.CompliantHost;
        return Verify.Fix(source, source, iterations: 0);
    }

    [Fact]
    public Task Fix_All_works_across_documents_in_the_project_and_solution()
        => Verify.FixAll(
            new[]
            {
                Verify.Usings + $$"""class A { Client Create() => new {|{{Id}}:Client|} { {{Members}} }; }""" + Verify.CompliantHost,
                Verify.Usings + $$"""class B { Client Create() => new Client { {{Members}}, {{Member}} = {|{{Id}}:600|} }; }""",
            },
            new[]
            {
                Verify.Usings + $$"""class A { Client Create() => new Client { {{Members}}, {{Member}} = 60 }; }""" + Verify.CompliantHost,
                Verify.Usings + $$"""class B { Client Create() => new Client { {{Members}}, {{Member}} = 60 }; }""",
            });
}
