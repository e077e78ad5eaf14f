using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI2005_PushedAuthorizationNotRequiredTests
{
    private const string HostWithout = """
        class Host
        {
            const bool Par = false;

            static void Default(WebApplicationBuilder builder)
                => builder.{|FAPI2005:AddSidIdentityServer|}(o =>
                {
                    o.DefaultCodeChallengeMethod = "S256";
                    o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                    o.DefaultTokenSignedResponseAlg = "ES256";
                });

            static void Explicit(WebApplicationBuilder builder)
                => builder.AddSidIdentityServer(o =>
                {
                    o.RequiredPushedAuthorizationRequest = {|FAPI2005:Par|};
                    o.DefaultCodeChallengeMethod = "S256";
                    o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                    o.DefaultTokenSignedResponseAlg = "ES256";
                });
        }
        """;

    [Theory]
    [InlineData("fapi2_security")]
    [InlineData("fapi2_message_signing")]
    public Task Host_without_required_PAR_is_reported_under_FAPI_2(string profile)
        => Verify.Analyzer(Verify.Usings + HostWithout, profile);

    [Theory]
    [InlineData("fapi1_baseline")]
    [InlineData("fapi1_advanced")]
    public Task PAR_is_optional_under_FAPI_1(string profile)
        => Verify.Analyzer(Verify.Usings + HostWithout.Replace("{|FAPI2005:AddSidIdentityServer|}", "AddSidIdentityServer").Replace("{|FAPI2005:Par|}", "Par"), profile);

    [Fact]
    public Task The_builder_switch_requires_PAR()
        => Verify.Analyzer(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer(o =>
                    {
                        o.DefaultCodeChallengeMethod = "S256";
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    })
                    .PushAuthorizationRequestIsRequired();
            }
            """);

    [Fact]
    public Task Fix_sets_the_option_in_the_lambda()
        => Verify.Fix(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.{|FAPI2005:AddSidIdentityServer|}(o =>
                    {
                        o.DefaultCodeChallengeMethod = "S256";
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
                        o.DefaultCodeChallengeMethod = "S256";
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultTokenSignedResponseAlg = "ES256";
                        o.RequiredPushedAuthorizationRequest = true;
                    });
            }
            """);

    [Fact]
    public Task Fix_replaces_false_with_true()
        => Verify.Fix(Verify.Usings + """
            class Host
            {
                static void Configure(WebApplicationBuilder builder)
                    => builder.AddSidIdentityServer(o =>
                    {
                        o.RequiredPushedAuthorizationRequest = {|FAPI2005:false|};
                        o.DefaultCodeChallengeMethod = "S256";
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
                        o.DefaultCodeChallengeMethod = "S256";
                        o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                        o.DefaultTokenSignedResponseAlg = "ES256";
                    });
            }
            """);
}
