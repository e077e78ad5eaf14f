using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI2002_PkceMethodNotS256Tests
{
    [Theory]
    [InlineData("fapi1_baseline")]
    [InlineData("fapi1_advanced")]
    [InlineData("fapi2_security")]
    [InlineData("fapi2_message_signing")]
    public Task The_host_default_plain_is_reported_on_the_registration_under_every_profile(string profile)
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.{|FAPI2002:AddSidIdentityServer|}(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = true;
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
            }
            """, profile);

    [Fact]
    public Task Plain_written_through_the_library_constant_or_a_local_is_reported_where_it_is_used()
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                {
                    var method = "plain";
                    builder.AddSidIdentityServer(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = true;
                        o.DefaultCodeChallengeMethod = {|FAPI2002:PlainCodeChallengeMethodHandler.DEFAULT_NAME|};
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
                    builder.AddSidIdentityServer(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = true;
                        o.DefaultCodeChallengeMethod = {|FAPI2002:method|};
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
                }
            }
            """);

    [Fact]
    public Task S256_and_options_configured_elsewhere_are_not_reported()
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder, Action<IdServerHostOptions> configure)
                {
                    builder.AddSidIdentityServer(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = true;
                        o.DefaultCodeChallengeMethod = S256CodeChallengeMethodHandler.DEFAULT_NAME;
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
                    builder.AddSidIdentityServer(configure);
                }
            }
            """);

    [Fact]
    public Task Fix_writes_the_sibling_library_constant()
        => Verify.Fix(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = true;
                        o.DefaultCodeChallengeMethod = {|FAPI2002:PlainCodeChallengeMethodHandler.DEFAULT_NAME|};
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
            }
            """, Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = true;
                        o.DefaultCodeChallengeMethod = S256CodeChallengeMethodHandler.DEFAULT_NAME;
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
            }
            """);

    [Fact]
    public Task Fix_adds_the_assignment_to_the_options_lambda()
        => Verify.Fix(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                {
                    builder.{|FAPI2002:AddSidIdentityServer|}(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = true;
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
                }
            }
            """, Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                {
                    builder.AddSidIdentityServer(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = true;
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultTokenSignedResponseAlg = "ES256";
                        o.DefaultCodeChallengeMethod = "S256";
                    });
                }
            }
            """);

    [Fact]
    public Task Fix_All_adds_an_options_lambda_with_every_missing_setting()
        => Verify.Fix(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                {
                    builder.{|FAPI1002:{|FAPI2002:{|FAPI3001:AddSidIdentityServer|}|}|}();
                }
            }
            """, Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                {
                    builder.AddSidIdentityServer(options =>
                    {
                        options.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        options.DefaultCodeChallengeMethod = "S256";
                        options.DefaultTokenSignedResponseAlg = SecurityAlgorithms.EcdsaSha256;
                    });
                }
            }
            """);

    [Theory]
    [InlineData("fapi1_baseline")]
    [InlineData("fapi2_security")]
    public Task An_explicit_plain_is_accepted_whatever_the_host_says_a_library_limitation(string profile)
        => Verify.Analyzer(new[]
        {
            Verify.Usings + Verify.CompliantHost.Replace("builder.AddSidIdentityServer", "builder.{|FAPI2002:AddSidIdentityServer|}"),
        }, profile, editorConfig: "FAPI2002.library_limitation = report\n", messages: new[]
        {
            "PKCE code challenge method 'plain' is allowed",
            "SimpleIdServer accepts code_challenge_method=plain whatever DefaultCodeChallengeMethod says (ServiceCollectionExtensions.cs:444-445",
        });
}
