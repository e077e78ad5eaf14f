using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

public sealed class FAPI2008_GrantTypeTests
{
    [Theory]
    [InlineData("fapi1_advanced")]
    [InlineData("fapi2_security")]
    [InlineData("fapi2_message_signing")]
    public Task Password_and_implicit_are_reported(string profile)
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                List<Client> Clients() => new()
                {
                    ClientBuilder.BuildApiClient("password", "secret").UseClientTlsAuthentication("CN=a").{|FAPI2008:EnablePasswordGrantType|}().Build(),
                    ClientBuilder.BuildApiClient("only", "secret").UseClientTlsAuthentication("CN=b").{|FAPI2008:UseOnlyPasswordGrantType|}().Build(),
                    new Client { TokenEndPointAuthMethod = "tls_client_auth", GrantTypes = { ClientCredentialsHandler.GRANT_TYPE, {|FAPI2008:PasswordHandler.GRANT_TYPE|} } },
                };
            }
            """ + Verify.CompliantHost, profile);

    [Fact]
    public Task Implicit_through_a_constant_is_reported_and_the_client_still_meets_the_authorization_endpoint_rules_but_gets_no_code()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                const string Implicit = "implicit";
                Client Create() => new {|FAPI4003:Client|} { TokenEndPointAuthMethod = "tls_client_auth", IdTokenSignedResponseAlg = "ES256", GrantTypes = { {|FAPI2008:Implicit|} } };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Baseline_discourages_but_allows_the_password_grant()
        => Verify.Analyzer(Verify.Usings + """
            class Config
            {
                Client Password() => ClientBuilder.BuildApiClient("password", "secret").UseClientTlsAuthentication("CN=a").EnablePasswordGrantType().Build();
                Client Implicit() => new Client { TokenEndPointAuthMethod = "tls_client_auth", IdTokenSignedResponseAlg = "ES256", GrantTypes = { {|FAPI2008:"implicit"|} } };
            }
            """ + Verify.CompliantHost, "fapi1_baseline");

    [Fact]
    public Task Fix_removes_the_grant_type()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client Create() => new Client
                {
                    TokenEndPointAuthMethod = "tls_client_auth",
                    GrantTypes =
                    {
                        "client_credentials",
                        {|FAPI2008:"password"|}
                    },
                };
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client Create() => new Client
                {
                    TokenEndPointAuthMethod = "tls_client_auth",
                    GrantTypes =
                    {
                        "client_credentials"
                    },
                };
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_All_removes_calls_across_the_document()
        => Verify.Fix(Verify.Usings + """
            class Config
            {
                Client A() => ClientBuilder.BuildApiClient("a", "secret").UseClientTlsAuthentication("CN=a").{|FAPI2008:EnablePasswordGrantType|}().Build();
                Client B() => ClientBuilder.BuildApiClient("b", "secret").{|FAPI2008:EnablePasswordGrantType|}().UseClientTlsAuthentication("CN=b").Build();
            }
            """ + Verify.CompliantHost, Verify.Usings + """
            class Config
            {
                Client A() => ClientBuilder.BuildApiClient("a", "secret").UseClientTlsAuthentication("CN=a").Build();
                Client B() => ClientBuilder.BuildApiClient("b", "secret").UseClientTlsAuthentication("CN=b").Build();
            }
            """ + Verify.CompliantHost);

    [Fact]
    public Task Fix_All_works_across_documents_in_the_project_and_solution()
        => Verify.FixAll(
            new[]
            {
                Verify.Usings + """
                    class A { Client Create() => ClientBuilder.BuildApiClient("a", "secret").UseClientTlsAuthentication("CN=a").{|FAPI2008:EnablePasswordGrantType|}().Build(); }
                    """ + Verify.CompliantHost,
                Verify.Usings + """
                    class B { Client Create() => ClientBuilder.BuildApiClient("b", "secret").UseClientTlsAuthentication("CN=b").{|FAPI2008:EnablePasswordGrantType|}().Build(); }
                    """,
            },
            new[]
            {
                Verify.Usings + """
                    class A { Client Create() => ClientBuilder.BuildApiClient("a", "secret").UseClientTlsAuthentication("CN=a").Build(); }
                    """ + Verify.CompliantHost,
                Verify.Usings + """
                    class B { Client Create() => ClientBuilder.BuildApiClient("b", "secret").UseClientTlsAuthentication("CN=b").Build(); }
                    """,
            });
}
