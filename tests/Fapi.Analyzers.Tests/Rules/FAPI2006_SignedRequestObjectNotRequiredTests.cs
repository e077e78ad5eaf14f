using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI2006_SignedRequestObjectNotRequiredTests
{
    // Advanced without PAR: PKCE is not required, so the client is judged on request objects alone.
    private const string AdvancedHost = Verify.AdvancedHost;

    [Fact]
    public Task Clients_are_not_reported_where_the_host_carries_the_limitation()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Website() => ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=web")
                    .EnableIdTokenInResponseType()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();

                Client Signed() => ClientBuilder.BuildTraditionalWebsiteClient("signed", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=signed")
                    .EnableIdTokenInResponseType()
                    .SetRequestObjectSigning(SecurityAlgorithms.EcdsaSha256)
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();

                Client Machine() => ClientBuilder.BuildApiClient("api", "secret").UseClientTlsAuthentication("CN=api").Build();

                // No cascade: a public client gets FAPI1001 (and the rules it can still meet), not FAPI2006.
                Client Spa() => new {|FAPI4001:Client|} { IsPublic = {|FAPI1001:true|}, IdTokenSignedResponseAlg = "ES256", GrantTypes = { "authorization_code" }, ResponseTypes = { "code", "id_token" } };
            }
            """ + AdvancedHost, "fapi1_advanced");

    [Theory]
    [InlineData("fapi1_baseline")]
    [InlineData("fapi2_security")]
    public Task Other_profiles_do_not_require_request_objects(string profile)
        => Verify.Analyzer(new[] { Verify.Usings + """
            class Config
            {
                Client Website() => ClientBuilder.WEBSITE("web", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=web")
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();
            }
            """.Replace("WEBSITE", profile == "fapi2_security" ? "{|FAPI4002:{|FAPI4003:BuildTraditionalWebsiteClient|}|}" : "BuildTraditionalWebsiteClient") + Verify.CompliantHost }, profile, editorConfig: "FAPI2006.library_limitation = report\n");

    [Fact]
    public Task The_limitation_is_reported_once_on_the_Advanced_host()
        => Verify.Analyzer(new[]
        {
            Verify.Usings + """
            class Config
            {
                Client Signed() => ClientBuilder.BuildTraditionalWebsiteClient("signed", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=signed")
                    .EnableIdTokenInResponseType()
                    .SetRequestObjectSigning(SecurityAlgorithms.EcdsaSha256)
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();
            }
            """ + AdvancedHost.Replace("builder.AddSidIdentityServer", "builder.{|FAPI2006:AddSidIdentityServer|}"),
        }, "fapi1_advanced", editorConfig: "FAPI2006.library_limitation = report\n", messages: new[]
        {
            "SimpleIdServer never makes request objects mandatory; a registered RequestObjectSigningAlg is checked only when one is sent",
        });

    [Fact]
    public Task Without_a_host_each_confidential_client_is_reported_and_a_public_one_is_left_to_FAPI1001()
        => Verify.Analyzer(new[]
        {
            Verify.Usings + """
            class Config
            {
                Client Signed() => ClientBuilder.{|FAPI2006:BuildTraditionalWebsiteClient|}("signed", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=signed")
                    .EnableIdTokenInResponseType()
                    .SetRequestObjectSigning(SecurityAlgorithms.EcdsaSha256)
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();

                Client Spa() => new {|FAPI4001:Client|} { IsPublic = {|FAPI1001:true|}, IdTokenSignedResponseAlg = "ES256", GrantTypes = { "authorization_code" }, ResponseTypes = { "code", "id_token" } };
            }
            """,
        }, "fapi1_advanced", editorConfig: "FAPI2006.library_limitation = report\n");
}
