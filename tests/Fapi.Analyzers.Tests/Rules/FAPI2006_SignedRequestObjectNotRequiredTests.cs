using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI2006_SignedRequestObjectNotRequiredTests
{
    // Advanced without PAR: PKCE is not required, so the client is judged on request objects alone.
    private const string AdvancedHost = Verify.AdvancedHost;

    [Fact]
    public Task A_client_without_a_request_object_algorithm_is_reported_under_advanced()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Website() => ClientBuilder.{|FAPI2006:BuildTraditionalWebsiteClient|}("web", "secret", null, "https://app.example.com/callback")
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
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Website() => ClientBuilder.{|FAPI2001:BuildTraditionalWebsiteClient|}("web", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=web")
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();
            }
            """ + Verify.CompliantHost, profile);

    [Fact]
    public Task Fix_adds_SetRequestObjectSigning_with_ES256()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Website() => ClientBuilder.{|FAPI2006:BuildTraditionalWebsiteClient|}("web", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=web")
                    .EnableIdTokenInResponseType()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .Build();
            }
            """ + AdvancedHost, Verify.Usings + """
            class Config
            {
                Client Website() => ClientBuilder.BuildTraditionalWebsiteClient("web", "secret", null, "https://app.example.com/callback")
                    .UseClientTlsAuthentication("CN=web")
                    .EnableIdTokenInResponseType()
                    .SetIdTokenSignedResponseAlg(SecurityAlgorithms.EcdsaSha256)
                    .SetRequestObjectSigning(SecurityAlgorithms.EcdsaSha256)
                    .Build();
            }
            """ + AdvancedHost, "fapi1_advanced");

    [Fact]
    public Task Fix_adds_the_initializer_member_with_a_literal_where_IdentityModel_is_not_imported()
        => Verify.Fix("""
            using SimpleIdServer.IdServer.Domains;

            class Config
            {
                Client Create() => new {|FAPI2006:Client|} { TokenEndPointAuthMethod = "tls_client_auth", IdTokenSignedResponseAlg = "ES256", GrantTypes = { "authorization_code" }, ResponseTypes = { "code", "id_token" } };
            }
            """ + AdvancedHost.Replace("class Host", "class Host\n").Insert(0, "\nnamespace H { using Microsoft.AspNetCore.Builder; using Microsoft.Extensions.DependencyInjection;\n") + "\n}", """
            using SimpleIdServer.IdServer.Domains;

            class Config
            {
                Client Create() => new Client { TokenEndPointAuthMethod = "tls_client_auth", IdTokenSignedResponseAlg = "ES256", GrantTypes = { "authorization_code" }, ResponseTypes = { "code", "id_token" }, RequestObjectSigningAlg = "ES256" };
            }
            """ + AdvancedHost.Replace("class Host", "class Host\n").Insert(0, "\nnamespace H { using Microsoft.AspNetCore.Builder; using Microsoft.Extensions.DependencyInjection;\n") + "\n}", "fapi1_advanced");
}
