using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

/// <summary>
/// SimpleIdServer accepts front-channel requests whatever RequiredPushedAuthorizationRequest says: under FAPI 2.0 the
/// host is reported for what the library cannot enforce, set or not, once; without a host, each client is.
/// </summary>
public sealed class FAPI2005_PushedAuthorizationNotRequiredTests
{
    private const string Report = "FAPI2005.library_limitation = report\n";

    private const string Host = """
        class Host
        {
            static void Configure(WebApplicationBuilder builder)
                => builder.{|FAPI2005:AddSidIdentityServer|}(o =>
                {
                    o.RequiredPushedAuthorizationRequest = true;
                    o.DefaultCodeChallengeMethod = "S256";
                    o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                    o.DefaultTokenSignedResponseAlg = "ES256";
                })
                .PushAuthorizationRequestIsRequired();
        }
        """;

    [Theory]
    [InlineData("fapi2_security")]
    [InlineData("fapi2_message_signing")]
    public Task A_host_that_requires_PAR_is_still_reported_because_the_library_does_not_enforce_it(string profile)
        => Verify.Analyzer(new[] { Verify.Usings + Host }, profile, editorConfig: Report, messages: new[]
        {
            "Pushed authorization requests are not required, but " + profile + " requires them (S §5.3.2.2-2,3",
            "SimpleIdServer accepts authorization requests without a pushed request_uri whatever RequiredPushedAuthorizationRequest says (Helpers/ExtractRequestHelper.cs:76-80)",
        });

    [Theory]
    [InlineData("fapi1_baseline")]
    [InlineData("fapi1_advanced")]
    public Task PAR_is_optional_under_FAPI_1(string profile)
        => Verify.Analyzer(new[] { Verify.Usings + Host.Replace("{|FAPI2005:AddSidIdentityServer|}", "AddSidIdentityServer") }, profile, editorConfig: Report);

    [Fact]
    public Task Without_a_host_each_client_of_the_authorization_endpoint_is_reported()
        => Verify.Analyzer(new[]
        {
            Verify.Usings + """
            class Config
            {
                Client Website() => ClientBuilder.{|FAPI1002:{|FAPI2005:{|FAPI3001:{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}|}|}|}("web", "secret", null, "https://app.example.com/callback")
                    .UseDPOPProof()
                    .Build();

                Client Machine() => ClientBuilder.{|FAPI1002:BuildApiClient|}("api", "secret").UseDPOPProof().Build();
            }
            """,
        }, editorConfig: Report);

    [Fact]
    public Task A_team_that_deployed_the_workaround_marks_it_mitigated()
        => Verify.Analyzer(Verify.Usings + Host.Replace("{|FAPI2005:AddSidIdentityServer|}", "AddSidIdentityServer"));
}
