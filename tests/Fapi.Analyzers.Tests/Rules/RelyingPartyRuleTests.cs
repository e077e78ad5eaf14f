using System.Threading.Tasks;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Rules;

/// <summary>
/// The relying-party rules on the ASP.NET Core OpenID Connect handler (the real package): positive, silent and fixed
/// cases per profile, schemes and the options pattern, client authentication evidence in events and backchannels.
/// </summary>
public sealed class RelyingPartyRuleTests
{
    private const string Fapi2 = "fapi2_security";
    private const string Advanced = "fapi1_advanced";
    private const string Baseline = "fapi1_baseline";

    private static string Startup(string body) => Verify.RelyingPartyUsings + """
        static class Startup
        {
            const string Scheme = "bank";

            static void Configure(IServiceCollection services, string secret, X509Certificate2 certificate, Func<string> assertions)
            {
        """ + body + """

            }
        }
        """;

    /// <summary>A client assertion built in <paramref name="body"/> and sent by a compliant scheme's token request.</summary>
    private static string Assertions(string body, bool fapi2 = false) => Verify.RelyingPartyUsings + """
        static class Assertions
        {
            static void Configure(IServiceCollection services)
                => services.AddAuthentication().AddOpenIdConnect("bank", o =>
                {
        """ + (fapi2 ? """
                    o.ResponseType = "code";
                    o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
        """ : """
                    o.ResponseType = "code id_token";
        """) + """
                    o.Events.OnAuthorizationCodeReceived = context =>
                    {
                        context.TokenEndpointRequest.ClientAssertion = Create();
                        return System.Threading.Tasks.Task.CompletedTask;
                    };
                });

            static string Create()
            {
        """ + body + """

                return "";
            }
        }
        """;

    [Fact]
    public Task The_handler_defaults_are_reported_under_FAPI2()
        => Verify.Analyzer(Startup("""
                    services.AddAuthentication().{|FAPI2003:{|FAPI2005:AddOpenIdConnect|}|}(o =>
                    {
                        o.Authority = "https://bank.example.com";
                        o.ClientId = "web";
                        o.ClientSecret = {|FAPI1002:secret|};
                    });
            """), Fapi2);

    private const string CompliantFapi2 = """
                    services.AddAuthentication().AddOpenIdConnect(Scheme, o =>
                    {
                        o.Authority = "https://bank.example.com";
                        o.ClientId = "web";
                        o.ResponseType = OpenIdConnectResponseType.Code;
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                        o.TokenValidationParameters.ValidAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSsaPssSha256 };
                        o.Events.OnAuthorizationCodeReceived = context =>
                        {
                            context.TokenEndpointRequest.ClientAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
                            context.TokenEndpointRequest.ClientAssertion = assertions();
                            return System.Threading.Tasks.Task.CompletedTask;
                        };
                    });
            """;

    // ---- compliant and silent -------------------------------------------------------------------------------------

    [Fact]
    public Task A_FAPI2_relying_party_with_a_client_assertion_is_silent()
        => Verify.Analyzer(Startup(CompliantFapi2), Fapi2);

    [Fact]
    public Task An_Advanced_hybrid_relying_party_with_a_client_certificate_is_silent()
        => Verify.Analyzer(Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ResponseType = OpenIdConnectResponseType.CodeIdToken;
                        o.ClientSecret = secret;
                        o.BackchannelHttpHandler = new HttpClientHandler { ClientCertificates = { certificate } };
                    });
            """), Advanced);

    [Fact]
    public Task Events_the_engine_cannot_read_leave_the_secret_unjudged()
        => Verify.Analyzer(Startup("""
                    services.AddAuthentication()
                        .AddOpenIdConnect("a", o => { o.ResponseType = "code"; o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require; o.ClientSecret = secret; o.EventsType = typeof(OpenIdConnectEvents); })
                        .AddOpenIdConnect("b", o => { o.ResponseType = "code"; o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require; o.ClientSecret = secret; o.Events.OnAuthorizationCodeReceived = Handlers.CodeReceived; });
                }
            }

            static class Handlers
            {
                public static System.Threading.Tasks.Task CodeReceived(AuthorizationCodeReceivedContext context) => System.Threading.Tasks.Task.CompletedTask;

                static void Unused()
                {
            """), Fapi2);

    [Fact]
    public Task Development_only_weakenings_are_not_judged_and_other_branches_are()
        => Verify.Analyzer(Startup("""
                    var environment = services.BuildServiceProvider().GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>();
                    var lax = Environment.GetEnvironmentVariable("LAX") == "1";
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ResponseType = "code";
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                        if (Microsoft.Extensions.Hosting.HostEnvironmentEnvExtensions.IsDevelopment(environment))
                        {
                            o.RequireHttpsMetadata = false;
                        }

                        // A weakening on any deployed path is one.
                        if (lax)
                        {
                            o.TokenValidationParameters.ValidateLifetime = {|FAPI5001:false|};
                        }
                    });
            """), Fapi2);

    // ---- the handler's defaults and written values, per profile -----------------------------------------------------

    [Fact]
    public Task The_default_id_token_response_type_is_reported_under_Baseline_and_Advanced()
    {
        var source = Startup("""
                    services.AddAuthentication().{|FAPI2003:AddOpenIdConnect|}(o => o.ClientId = "web");
            """);
        return Task.WhenAll(Verify.Analyzer(source, Baseline), Verify.Analyzer(source, Advanced));
    }

    [Fact]
    public Task Response_types_through_constants_concatenations_and_locals()
        => Verify.Analyzer(Startup("""
                    const string Code = "code";
                    const string Hybrid = Code + " " + OpenIdConnectParameterNames.IdToken;
                    var implicitFlow = OpenIdConnectResponseType.IdTokenToken;
                    services.AddAuthentication()
                        .AddOpenIdConnect("a", o => { o.ResponseType = Code; o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require; })
                        .AddOpenIdConnect("b", o => { o.ResponseType = {|FAPI2003:Hybrid|}; o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require; })
                        .AddOpenIdConnect("c", o => { o.ResponseType = {|FAPI2003:implicitFlow|}; o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require; });
            """), Fapi2);

    [Fact]
    public Task Plain_code_is_reported_under_Advanced_where_the_handler_has_no_JARM()
        => Verify.Analyzer(Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o => o.ResponseType = {|FAPI2003:OpenIdConnectResponseType.Code|});
            """), Advanced);

    [Fact]
    public Task PKCE_switched_off_and_PAR_not_required_are_reported()
        => Verify.Analyzer(Startup("""
                    const bool Pkce = false;
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ResponseType = "code";
                        o.UsePkce = {|FAPI2001:Pkce|};
                        o.PushedAuthorizationBehavior = {|FAPI2005:PushedAuthorizationBehavior.Disable|};
                    });
            """), Fapi2);

    [Fact]
    public Task PAR_is_not_asked_of_a_relying_party_under_Advanced()
        => Verify.Analyzer(Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ResponseType = "code id_token";
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
                        o.BackchannelHttpHandler = new HttpClientHandler { ClientCertificates = { certificate } };
                    });
            """), Advanced);

    // ---- FAPI5001: one diagnostic per weakening -------------------------------------------------------------------

    [Fact]
    public Task Each_weakening_is_reported_once_under_every_profile()
    {
        var source = Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ResponseType = "code id_token";
                        o.RequireHttpsMetadata = {|FAPI5001:false|};
                        o.TokenValidationParameters.ValidateIssuer = {|FAPI5001:false|};
                        o.TokenValidationParameters = new TokenValidationParameters
                        {
                            RequireSignedTokens = {|FAPI5001:false|},
                            ValidateAudience = {|FAPI5001:false|},
                            SignatureValidator = {|FAPI5001:(token, parameters) => new JsonWebToken(token)|},
                        };
                    });
            """);
        return Task.WhenAll(Verify.Analyzer(source, Advanced), Verify.Analyzer(source, Baseline));
    }

    [Fact]
    public Task Token_validation_parameters_built_in_a_local_are_read()
        => Verify.Analyzer(Startup("""
                    var parameters = new TokenValidationParameters { ValidateLifetime = {|FAPI5001:false|} };
                    parameters.ValidateIssuer = {|FAPI5001:false|};
                    parameters.ValidAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256, {|FAPI3001:SecurityAlgorithms.RsaSha256|} };
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ResponseType = "code id_token";
                        o.TokenValidationParameters = parameters;
                        o.BackchannelHttpHandler = new HttpClientHandler { ClientCertificates = { certificate } };
                    });
            """), Advanced);

    [Fact]
    public Task A_validator_that_validates_is_silent_and_one_that_only_logs_is_not()
        => Verify.Analyzer(Startup("""
                    services.AddAuthentication()
                        .AddOpenIdConnect("a", o =>
                        {
                            o.ResponseType = "code id_token";
                            o.TokenValidationParameters.ValidateIssuer = true;
                            o.TokenValidationParameters.SignatureValidator = (token, parameters) => { var jwt = new JsonWebToken(token); Check(jwt, parameters); return jwt; };
                            o.BackchannelHttpHandler = new HttpClientHandler { ClientCertificates = { certificate } };
                        })
                        .AddOpenIdConnect("b", o =>
                        {
                            o.ResponseType = "code id_token";
                            o.TokenValidationParameters.SignatureValidator = {|FAPI5001:(token, parameters) => { Audit(token); return new JsonWebToken(token); }|};
                            o.BackchannelHttpHandler = new HttpClientHandler { ClientCertificates = { certificate } };
                        });
                }

                static void Audit(string token)
                {
                }

                static void Check(JsonWebToken token, TokenValidationParameters parameters)
                {
            """), Advanced);

    // ---- schemes and the options pattern --------------------------------------------------------------------------

    [Fact]
    public Task A_scheme_configured_through_the_options_pattern_is_judged_on_its_last_writer()
        => Verify.Analyzer(Startup("""
                    services.AddAuthentication()
                        .AddOpenIdConnect(Scheme, o => o.ClientId = "web")
                        .{|FAPI2003:{|FAPI2005:AddOpenIdConnect|}|}("other", o => o.ClientId = "other");
                    services.Configure<OpenIdConnectOptions>(Scheme, o =>
                    {
                        o.ResponseType = "code";
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                    });
                    // Unnamed options are no scheme's: what they say configures nothing the handler uses.
                    services.Configure<OpenIdConnectOptions>(o => o.UsePkce = false);
                    services.PostConfigure<OpenIdConnectOptions>(o => o.ClientSecret = "secret");
            """), Fapi2);

    [Fact]
    public Task ConfigureAll_configures_every_scheme()
        => Verify.Analyzer(Startup("""
                    services.AddAuthentication().AddOpenIdConnect(Scheme, o => o.ClientId = "web").AddOpenIdConnect("other", o => o.ClientId = "other");
                    services.ConfigureAll<OpenIdConnectOptions>(o =>
                    {
                        o.ResponseType = "code";
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                    });
            """), Fapi2);

    [Fact]
    public Task Options_bound_from_configuration_are_not_judged()
        => Verify.Analyzer(Startup("""
                    services.AddAuthentication().{|FAPI2003:{|FAPI2005:AddOpenIdConnect|}|}(o => o.ClientId = "web");
                    services.AddOptions<OpenIdConnectOptions>("other").Configure(o => o.ResponseType = "code");
            """), Fapi2);

    // ---- tokens the client signs or encrypts (Microsoft.IdentityModel) -------------------------------------------

    [Fact]
    public Task Client_assertions_are_judged_for_algorithm_key_size_and_key_encryption()
        => Verify.Analyzer(Assertions("""
                    var rsa = RSA.Create(1024);
                    var key = new RsaSecurityKey(rsa);
                    var descriptor = new SecurityTokenDescriptor
                    {
                        Issuer = "web",
                        Audience = "https://bank.example.com",
                        SigningCredentials = {|FAPI3003:new SigningCredentials(key, {|FAPI3001:SecurityAlgorithms.RsaSha256|})|},
                        EncryptingCredentials = new EncryptingCredentials(key, {|FAPI3004:SecurityAlgorithms.RsaPKCS1|}, SecurityAlgorithms.Aes128CbcHmacSha256),
                    };
                    var assertion = new JsonWebTokenHandler().CreateToken(descriptor);
                    var old = new JwtSecurityToken("web", "https://bank.example.com", null, null, null, new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), {|FAPI3001:"RS256"|}));
                    var hmac = new SigningCredentials(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256);
                    var shared = new JwtSecurityToken("web", "https://bank.example.com", null, null, null, {|FAPI3001:hmac|});
            """), Advanced);

    [Fact]
    public Task Compliant_client_assertions_are_silent()
        => Verify.Analyzer(Assertions("""
                    var key = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256));
                    var credentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256);
                    var descriptor = new SecurityTokenDescriptor { Issuer = "web", SigningCredentials = credentials };
                    var token = new JwtSecurityToken("web", "https://bank.example.com", null, null, null, credentials);
            """, fapi2: true), Fapi2);

    // ---- fixes -----------------------------------------------------------------------------------------------------

    [Fact]
    public Task The_defaults_are_fixed_with_code_and_required_PAR()
        => Verify.Fix(Startup("""
                    services.AddAuthentication().{|FAPI2003:{|FAPI2005:AddOpenIdConnect|}|}(o =>
                    {
                        o.ClientId = "web";
                    });
            """), Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ClientId = "web";
                        o.ResponseType = "code";
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                    });
            """), Fapi2);

    [Fact]
    public Task Written_values_are_fixed_in_place()
        => Verify.Fix(Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ResponseType = {|FAPI2003:OpenIdConnectResponseType.CodeIdToken|};
                        o.UsePkce = {|FAPI2001:false|};
                        o.PushedAuthorizationBehavior = {|FAPI2005:PushedAuthorizationBehavior.UseIfAvailable|};
                        o.RequireHttpsMetadata = {|FAPI5001:false|};
                        o.TokenValidationParameters = new TokenValidationParameters
                        {
                            ValidateIssuer = {|FAPI5001:false|},
                            ValidAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256, {|FAPI3001:SecurityAlgorithms.RsaSha256|} },
                            SignatureValidator = {|FAPI5001:(token, parameters) => new JsonWebToken(token)|},
                        };
                    });
            """), Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ResponseType = OpenIdConnectResponseType.Code;
                        o.UsePkce = true;
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                        o.RequireHttpsMetadata = true;
                        o.TokenValidationParameters = new TokenValidationParameters
                        {
                            ValidateIssuer = true,
                            ValidAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 },
                        };
                    });
            """), Fapi2);

    [Fact]
    public Task Plain_code_becomes_hybrid_under_Advanced()
        => Verify.Fix(Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o => o.ResponseType = {|FAPI2003:"code"|});
            """), Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o => o.ResponseType = "code id_token");
            """), Advanced);

    [Fact]
    public Task Fix_All_fixes_every_scheme_and_file()
        => Verify.FixAll(new[]
        {
            Startup("""
                    services.AddAuthentication()
                        .AddOpenIdConnect("a", o => { o.ResponseType = "code"; o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require; })
                        .AddOpenIdConnect("b", o => { o.ResponseType = "code"; o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require; o.TokenValidationParameters.ValidateAudience = {|FAPI5001:false|}; });
            """),
            Verify.RelyingPartyUsings + """
            static class More
            {
                static void Configure(IServiceCollection services)
                    => services.Configure<OpenIdConnectOptions>("a", o => o.TokenValidationParameters.ValidateIssuer = {|FAPI5001:false|});
            }
            """,
        }, new[]
        {
            Startup("""
                    services.AddAuthentication()
                        .AddOpenIdConnect("a", o => { o.ResponseType = "code"; o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require; })
                        .AddOpenIdConnect("b", o => { o.ResponseType = "code"; o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require; o.TokenValidationParameters.ValidateAudience = true; });
            """),
            Verify.RelyingPartyUsings + """
            static class More
            {
                static void Configure(IServiceCollection services)
                    => services.Configure<OpenIdConnectOptions>("a", o => o.TokenValidationParameters.ValidateIssuer = true);
            }
            """,
        }, Fapi2);

    [Fact]
    public Task Credentials_are_fixed_where_the_same_key_allows_it()
        => Verify.Fix(Assertions("""
                    var rsa = new RsaSecurityKey(RSA.Create(2048));
                    var descriptor = new SecurityTokenDescriptor
                    {
                        SigningCredentials = new SigningCredentials(rsa, {|FAPI3001:SecurityAlgorithms.RsaSha256|}),
                        EncryptingCredentials = new EncryptingCredentials(rsa, {|FAPI3004:SecurityAlgorithms.RsaPKCS1|}, SecurityAlgorithms.Aes128CbcHmacSha256),
                    };
            """), Assertions("""
                    var rsa = new RsaSecurityKey(RSA.Create(2048));
                    var descriptor = new SecurityTokenDescriptor
                    {
                        SigningCredentials = new SigningCredentials(rsa, SecurityAlgorithms.RsaSsaPssSha256),
                        EncryptingCredentials = new EncryptingCredentials(rsa, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes128CbcHmacSha256),
                    };
            """), Advanced);

    [Fact]
    public Task An_accepted_list_keeps_at_least_one_algorithm()
        => Verify.Fix(Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ResponseType = "code";
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                        o.TokenValidationParameters.ValidAlgorithms = new[] { {|FAPI3001:SecurityAlgorithms.RsaSha256|} };
                    });
            """), Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ResponseType = "code";
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                        o.TokenValidationParameters.ValidAlgorithms = new[] { {|FAPI3001:SecurityAlgorithms.RsaSha256|} };
                    });
            """), Fapi2);

    // ---- the way teams write it ---------------------------------------------------------------------------------------

    [Fact]
    public Task Helpers_method_groups_and_extension_methods_are_followed()
        => Verify.Analyzer(Verify.RelyingPartyUsings + """
            static class BankAuthentication
            {
                const string Hybrid = OpenIdConnectResponseType.CodeIdToken;

                public static AuthenticationBuilder AddBank(this AuthenticationBuilder builder, string scheme)
                    => builder.AddOpenIdConnect(scheme, o =>
                    {
                        o.ResponseType = Hybrid;
                        {|FAPI5001:Harden|}(o);
                    });

                public static AuthenticationBuilder AddPartner(this AuthenticationBuilder builder)
                    => builder.{|FAPI2003:AddOpenIdConnect|}("partner", "Partner", Configure);

                static void Configure(OpenIdConnectOptions o)
                {
                    // A method group's findings sit on the registration that passes it (the method may serve others).
                    o.ResponseType = OpenIdConnectResponseType.Code;
                    o.UsePkce = true;
                }

                static void Harden(OpenIdConnectOptions o)
                {
                    o.BackchannelHttpHandler = new HttpClientHandler();
                    o.TokenValidationParameters.ValidateAudience = false;
                }
            }
            """, Advanced);

    [Fact]
    public Task Options_handed_to_a_binder_or_a_delegate_are_not_judged()
        => Verify.Analyzer(Verify.RelyingPartyUsings + """
            static class Startup
            {
                static void Configure(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, Action<OpenIdConnectOptions> configure)
                {
                    services.AddAuthentication()
                        .AddOpenIdConnect("bound", o => Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(configuration.GetSection("Oidc"), o))
                        .AddOpenIdConnect("delegated", configure);
                    services.Configure<OpenIdConnectOptions>("bound", configuration.GetSection("Oidc"));
                }
            }
            """, Fapi2);

    [Fact]
    public Task Schemes_registered_in_a_loop_are_judged_as_written()
        => Verify.Analyzer(Startup("""
                    foreach (var tenant in new[] { "retail", "business" })
                    {
                        services.AddAuthentication().{|FAPI2003:AddOpenIdConnect|}(tenant, o =>
                        {
                            o.ClientId = tenant;
                            o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                            o.Events.OnPushAuthorization = context => { context.ProtocolMessage.ClientAssertion = assertions(); context.HandleClientAuthentication(); return System.Threading.Tasks.Task.CompletedTask; };
                            o.ClientSecret = secret;
                        });
                    }
            """), Fapi2);

    [Fact]
    public Task Server_only_rules_never_judge_a_relying_party()
        => Verify.Analyzer(Startup("""
                    services.AddAuthentication().AddOpenIdConnect(o =>
                    {
                        o.ResponseType = "code";
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                        o.CallbackPath = "/signin-oidc";
                        o.Scope.Add("offline_access");
                        o.MaxAge = TimeSpan.FromHours(1);
                        o.Events.OnPushAuthorization = context => { context.HandleClientAuthentication(); return System.Threading.Tasks.Task.CompletedTask; };
                    });
            """), Fapi2);

    [Fact]
    public Task Options_classes_of_the_team_configure_the_schemes_they_may_touch()
        => Verify.Analyzer(Verify.RelyingPartyUsings + """
            using Microsoft.Extensions.Options;

            static class Startup
            {
                static void Configure(IServiceCollection services)
                {
                    services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, ConfigureBankOidc>();
                    services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, DefaultOnly>();
                    services.AddAuthentication().AddOpenIdConnect("bank", o => o.ClientId = "web");
                }
            }

            sealed class ConfigureBankOidc : IConfigureNamedOptions<OpenIdConnectOptions>
            {
                public void Configure(string name, OpenIdConnectOptions options)
                {
                    options.ResponseType = OpenIdConnectResponseType.Code;
                    options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                }

                public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);
            }

            // IConfigureOptions<T> alone configures the unnamed options, which no scheme uses.
            sealed class DefaultOnly : IConfigureOptions<OpenIdConnectOptions>
            {
                public void Configure(OpenIdConnectOptions options) => options.UsePkce = false;
            }
            """, Fapi2);

    [Fact]
    public async Task Before_ASP_NET_Core_9_PAR_is_a_library_limitation_reported_once_per_scheme()
    {
        using (TestReferences.Use(TestReferences.AspNetCore8()))
        {
            var source = Startup("""
                    services.AddAuthentication().{|FAPI2005:AddOpenIdConnect|}(Scheme, o => o.ResponseType = "code");
                    services.Configure<OpenIdConnectOptions>(Scheme, o => o.UsePkce = true);
            """);
            await Verify.Analyzer(new[] { source }, Fapi2, editorConfig: "FAPI2005.library_limitation = report\n");
            await Verify.Analyzer(new[] { source.Replace("{|FAPI2005:AddOpenIdConnect|}", "AddOpenIdConnect") }, Fapi2);
        }
    }

    [Fact]
    public Task An_options_class_is_read_per_scheme_and_judged_where_it_writes()
        => Verify.Analyzer(Verify.RelyingPartyUsings + """
            using Microsoft.Extensions.Options;

            static class Schemes
            {
                public const string Partner = "partner";
                public const string Insurer = "insurer";
            }

            static class Startup
            {
                static void Configure(IServiceCollection services, Func<string> assertions)
                {
                    services.ConfigureOptions<SchemeOptions>();
                    var auth = services.AddAuthentication();
                    // Configured by SchemeOptions: nothing of the handler's defaults is left.
                    auth.AddOpenIdConnect(Schemes.Partner, o => o.ClientId = "partner");
                    // The class sets nothing for this scheme but one weakening: the defaults stand.
                    auth.{|FAPI2003:{|FAPI2005:AddOpenIdConnect|}|}(Schemes.Insurer, o =>
                    {
                        o.ClientSecret = "not-a-secret";
                        o.Events.OnPushAuthorization = context => { context.ProtocolMessage.ClientAssertion = assertions(); context.HandleClientAuthentication(); return System.Threading.Tasks.Task.CompletedTask; };
                    });
                    // Schemes registered at run time: the class's branches for other names do not reach them.
                    foreach (var tenant in new[] { "a", "b" })
                    {
                        var scheme = $"tenant-{tenant}";
                        auth.{|FAPI2003:{|FAPI2005:AddOpenIdConnect|}|}(scheme, o => o.ClientId = tenant);
                    }
                }
            }

            sealed class SchemeOptions : IConfigureNamedOptions<OpenIdConnectOptions>
            {
                public void Configure(string name, OpenIdConnectOptions options)
                {
                    switch (name)
                    {
                        case Schemes.Partner:
                            options.ResponseType = {|FAPI2003:"code id_token"|};
                            options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                            options.BackchannelHttpHandler = new HttpClientHandler { ClientCertificates = { new X509Certificate2("partner.pfx") } };
                            options.ClientSecret = "kept-for-the-old-endpoint";
                            break;
                        case Schemes.Insurer:
                            options.TokenValidationParameters.ValidateAudience = {|FAPI5001:false|};
                            break;
                    }
                }

                public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);
            }
            """, Fapi2);

    [Fact]
    public Task A_PostConfigure_that_replaces_a_scheme_value_decides_it()
        => Verify.Analyzer(Startup("""
                    services.AddAuthentication().AddOpenIdConnect(Scheme, o =>
                    {
                        o.ResponseType = OpenIdConnectResponseType.CodeIdToken;
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
                        o.RequireHttpsMetadata = Environment.GetEnvironmentVariable("HTTP") != "1";
                        if (Environment.GetEnvironmentVariable("LAX") == "1")
                        {
                            o.TokenValidationParameters.ValidateIssuer = false;
                        }
                    });
                    services.PostConfigure<OpenIdConnectOptions>(Scheme, o =>
                    {
                        o.ResponseType = OpenIdConnectResponseType.Code;
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                        o.TokenValidationParameters.ValidateIssuer = true;
                    });
            """), Fapi2);

    [Fact]
    public Task A_token_that_is_no_protocol_message_is_not_judged()
        => Verify.Analyzer(Assertions("""
                    var assertion = new SecurityTokenDescriptor
                    {
                        SigningCredentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), {|FAPI3001:SecurityAlgorithms.RsaSha256|}),
                    };
                    var request = new JsonWebTokenHandler().CreateToken(assertion);
            """) + """

            // A download link the application signs and checks itself: no FAPI message.
            static class DownloadLinks
            {
                static string Sign(string path)
                {
                    var key = new SymmetricSecurityKey(new byte[32]);
                    var descriptor = new SecurityTokenDescriptor { Subject = new ClaimsIdentity(), SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256) };
                    return new JsonWebTokenHandler().CreateToken(descriptor) + new JwtSecurityToken("app", path, null, null, null, new SigningCredentials(new RsaSecurityKey(RSA.Create(1024)), "RS256")).ToString();
                }
            }
            """, Advanced);

    [Fact]
    public Task A_request_object_set_as_a_parameter_is_a_protocol_message()
        => Verify.Analyzer(Verify.RelyingPartyUsings + """
            static class RequestObjects
            {
                static void Configure(IServiceCollection services)
                    => services.AddAuthentication().AddOpenIdConnect("bank", o =>
                    {
                        o.ResponseType = "code id_token";
                        o.BackchannelHttpHandler = new HttpClientHandler();
                        o.Events.OnRedirectToIdentityProvider = context =>
                        {
                            context.ProtocolMessage.SetParameter("request", Sign(context.ProtocolMessage));
                            return System.Threading.Tasks.Task.CompletedTask;
                        };
                    });

                static string Sign(OpenIdConnectMessage message) => Build(message.ClientId);

                static string Build(string clientId)
                    => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
                    {
                        Issuer = clientId,
                        SigningCredentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), {|FAPI3001:SecurityAlgorithms.RsaSha256|}),
                    });
            }
            """, Advanced);

    [Fact]
    public Task A_response_type_chosen_at_run_time_is_judged_on_each_path()
        => Verify.Analyzer(Startup("""
                    var legacy = Environment.GetEnvironmentVariable("LEGACY") == "1";
                    services.AddAuthentication()
                        .AddOpenIdConnect("a", o => o.ResponseType = legacy ? {|FAPI2003:OpenIdConnectResponseType.IdToken|} : {|FAPI2003:OpenIdConnectResponseType.Code|})
                        .AddOpenIdConnect("b", o => o.ResponseType = legacy ? OpenIdConnectResponseType.CodeIdToken : {|FAPI2003:"code"|})
                        .AddOpenIdConnect("c", o => o.ResponseType = legacy ? OpenIdConnectResponseType.CodeIdToken : "code id_token");
            """), Advanced);

    [Fact]
    public Task A_key_held_in_a_readonly_field_is_sized()
        => Verify.Analyzer(Verify.RelyingPartyUsings + """
            static class Assertions
            {
                static readonly RSA ArchivedKey = new RSACryptoServiceProvider();
                static readonly RSA CurrentKey = RSA.Create(3072);
                static RSA mutableKey = RSA.Create(1024);

                static void Configure(IServiceCollection services)
                    => services.AddAuthentication().AddOpenIdConnect("bank", o =>
                    {
                        o.ResponseType = "code id_token";
                        o.Events.OnAuthorizationCodeReceived = context =>
                        {
                            context.TokenEndpointRequest.ClientAssertion = Create();
                            return System.Threading.Tasks.Task.CompletedTask;
                        };
                    });

                static string Create()
                {
                    var handler = new JsonWebTokenHandler();
                    return handler.CreateToken(new SecurityTokenDescriptor { SigningCredentials = {|FAPI3003:new SigningCredentials(new RsaSecurityKey(ArchivedKey), SecurityAlgorithms.RsaSsaPssSha256)|} })
                        + handler.CreateToken(new SecurityTokenDescriptor { SigningCredentials = new SigningCredentials(new RsaSecurityKey(CurrentKey), SecurityAlgorithms.RsaSsaPssSha256) })
                        + handler.CreateToken(new SecurityTokenDescriptor { SigningCredentials = new SigningCredentials(new RsaSecurityKey(mutableKey), SecurityAlgorithms.RsaSsaPssSha256) });
                }
            }
            """, Advanced);

    [Fact]
    public Task An_options_class_that_returns_early_for_other_schemes_configures_its_own()
        => Verify.Analyzer(Verify.RelyingPartyUsings + """
            using Microsoft.Extensions.Options;

            static class Startup
            {
                static void Configure(IServiceCollection services)
                {
                    services.AddSingleton<IPostConfigureOptions<OpenIdConnectOptions>, BankOnly>();
                    services.AddAuthentication()
                        .AddOpenIdConnect("bank", o => o.ClientId = "bank")
                        .{|FAPI2003:{|FAPI2005:AddOpenIdConnect|}|}("other", o => o.ClientId = "other");
                }
            }

            sealed class BankOnly : IPostConfigureOptions<OpenIdConnectOptions>
            {
                public void PostConfigure(string name, OpenIdConnectOptions options)
                {
                    if (name != "bank")
                    {
                        return;
                    }

                    options.ResponseType = "code";
                    options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                }
            }
            """, Fapi2);

    [Fact]
    public Task A_token_built_behind_an_interface_the_assertion_calls_is_judged()
        => Verify.Analyzer(Verify.RelyingPartyUsings + """
            interface IAssertions
            {
                string Create(string clientId);
            }

            sealed class RsaAssertions : IAssertions
            {
                public string Create(string clientId)
                    => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
                    {
                        Issuer = clientId,
                        SigningCredentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), {|FAPI3001:SecurityAlgorithms.RsaSha256|}),
                    });
            }

            sealed class Links
            {
                // Same name, no protocol message.
                public string Create(string path)
                    => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor { SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256) });
            }

            static class Startup
            {
                static void Configure(IServiceCollection services, IAssertions assertions)
                    => services.AddAuthentication().AddOpenIdConnect("bank", o =>
                    {
                        o.ResponseType = "code id_token";
                        o.Events.OnAuthorizationCodeReceived = context =>
                        {
                            context.TokenEndpointRequest.ClientAssertion = assertions.Create(o.ClientId);
                            return System.Threading.Tasks.Task.CompletedTask;
                        };
                    });
            }
            """, Advanced);

    [Fact]
    public Task Registrations_in_an_extension_method_run_where_it_is_called()
        => Verify.Analyzer(new[]
        {
            Verify.RelyingPartyUsings + """
            static class Program
            {
                static void Main(IServiceCollection services)
                {
                    services.ConfigureAll<OpenIdConnectOptions>(o => o.ResponseType = "code");
                    services.AddAuthentication().AddBank();
                }
            }
            """,
            Verify.RelyingPartyUsings + """
            static class BankAuthentication
            {
                // Runs after the ConfigureAll above (called after it): its own value decides.
                public static AuthenticationBuilder AddBank(this AuthenticationBuilder builder)
                    => builder.AddOpenIdConnect("bank", o =>
                    {
                        o.ResponseType = {|FAPI2003:OpenIdConnectResponseType.CodeIdToken|};
                        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
                    });
            }
            """,
        }, Fapi2);

    [Fact]
    public Task Values_from_a_caller_the_engine_cannot_see_are_not_judged()
        => Verify.Analyzer(Verify.RelyingPartyUsings + """
            public static class BankAuthentication
            {
                // Public: callers outside this project choose the values; the defaults left untouched still count.
                public static AuthenticationBuilder AddBank(this AuthenticationBuilder builder, string responseType, bool requireHttps, PushedAuthorizationBehavior par)
                    => builder.AddOpenIdConnect("bank", o =>
                    {
                        o.ResponseType = responseType;
                        o.RequireHttpsMetadata = requireHttps;
                        o.PushedAuthorizationBehavior = par;
                        Harden(o, requireHttps);
                    });

                static void Harden(OpenIdConnectOptions o, bool strict)
                {
                    o.TokenValidationParameters.ValidateLifetime = strict;
                    o.UsePkce = strict;
                }
            }
            """, Fapi2);
}
