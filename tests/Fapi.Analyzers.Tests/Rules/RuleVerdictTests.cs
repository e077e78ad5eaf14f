using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;
using static Fapi.Analyzers.Tests.Infrastructure.RuleHarness;

namespace Fapi.Analyzers.Tests.Rules;

/// <summary>
/// The rule layer: each rule's verdict over hand-built configurations under the four profiles (B, A, S, M), with no
/// library code. Positive and negative cases, unknown settings silent, library limitations and defaults reported with
/// the value a fix may write. A line reads: rule, setting, origin, where, compliant value (see <see cref="RuleHarness"/>).
/// </summary>
public sealed class RuleVerdictTests
{
    // ---- FAPI1001 public client -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "FAPI1001 PublicClient Code @PublicClient -> null")]
    [InlineData("S", "FAPI1001 PublicClient Code @PublicClient -> null")]
    [InlineData("M", "FAPI1001 PublicClient Code @PublicClient -> null")]
    public void FAPI1001_a_public_client(string profile, string expected)
        => Expect("FAPI1001", Hand.CodeClient().Set(Setting.PublicClient, true), profile, expected);

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "FAPI1001 PublicClient LibraryDefault @anchor -> null")]
    [InlineData("S", "FAPI1001 PublicClient LibraryDefault @anchor -> null")]
    public void FAPI1001_a_client_public_by_the_library_default(string profile, string expected)
        => Expect("FAPI1001", Hand.CodeClient().Default(Setting.PublicClient, true), profile, expected);

    [Fact]
    public void FAPI1001_fixes_only_what_is_unambiguous()
    {
        // The call that made the client public can be removed; a client with credentials can be made confidential.
        var byCall = Hand.CodeClient().Set(Setting.PublicClient, true, fix: new FixSite(FixKind.ReplaceCall, null, FixKind.ReplaceCall));
        Expect("FAPI1001", byCall, "S", "FAPI1001 PublicClient Code @PublicClient -> remove");
        var withKey = Hand.CodeClient().Set(Setting.PublicClient, true).Set(Setting.TokenEndpointAuthMethod, "private_key_jwt");
        Expect("FAPI1001", withKey, "S", "FAPI1001 PublicClient Code @PublicClient -> false");
        var withDefaultMethod = Hand.CodeClient().Set(Setting.PublicClient, true).Default(Setting.TokenEndpointAuthMethod, "client_secret_post");
        Expect("FAPI1001", withDefaultMethod, "S", "FAPI1001 PublicClient Code @PublicClient -> null");
    }

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "FAPI1001 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> null")]
    [InlineData("M", "FAPI1001 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> null")]
    public void FAPI1001_authentication_method_none(string profile, string expected)
        => Expect("FAPI1001", Hand.CodeClient().Set(Setting.PublicClient, false).Set(Setting.TokenEndpointAuthMethod, "none"), profile, expected);

    [Fact]
    public void FAPI1001_is_silent_on_confidential_unknown_and_server_configurations()
    {
        Silent("FAPI1001", Hand.CodeClient().Set(Setting.PublicClient, false).Set(Setting.TokenEndpointAuthMethod, "private_key_jwt"));
        Silent("FAPI1001", Hand.CodeClient().Unknown(Setting.PublicClient));
        Silent("FAPI1001", Hand.Server().Set(Setting.PublicClient, true).Set(Setting.TokenEndpointAuthMethod, "none"));
    }

    // ---- FAPI1002 client authentication method ---------------------------------------------------------------------

    [Theory]
    [InlineData("B", "FAPI1002 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> private_key_jwt")]
    [InlineData("A", "FAPI1002 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> null")]
    [InlineData("S", "FAPI1002 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> private_key_jwt")]
    [InlineData("M", "FAPI1002 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> private_key_jwt")]
    public void FAPI1002_a_shared_secret(string profile, string expected)
        => Expect("FAPI1002", Hand.CodeClient().Set(Setting.TokenEndpointAuthMethod, "client_secret_basic"), profile, expected);

    [Theory]
    [InlineData("B")]
    [InlineData("A")]
    [InlineData("S")]
    [InlineData("M")]
    public void FAPI1002_a_shared_secret_with_a_certificate_fixes_to_tls_client_auth(string profile)
        => Expect("FAPI1002", Hand.CodeClient().Set(Setting.TokenEndpointAuthMethod, "client_secret_post").Set(Setting.TlsClientAuthenticationConfigured, true),
            profile, "FAPI1002 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> tls_client_auth");

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "FAPI1002 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> null")]
    [InlineData("S", "FAPI1002 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> private_key_jwt")]
    [InlineData("M", "FAPI1002 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> private_key_jwt")]
    public void FAPI1002_client_secret_jwt_is_Baseline_only(string profile, string expected)
        => Expect("FAPI1002", Hand.CodeClient().Set(Setting.TokenEndpointAuthMethod, "client_secret_jwt"), profile, expected);

    [Theory]
    [InlineData("B", "FAPI1002 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> private_key_jwt")]
    [InlineData("A", "")]
    [InlineData("S", "")]
    public void FAPI1002_method_none_on_a_client_is_FAPI1001_s_where_public_clients_are_forbidden(string profile, string expected)
        => Expect("FAPI1002", Hand.CodeClient().Set(Setting.TokenEndpointAuthMethod, "none"), profile, expected);

    [Theory]
    [InlineData("B", "FAPI1002 TokenEndpointAuthMethod LibraryDefault @anchor -> private_key_jwt")]
    [InlineData("S", "FAPI1002 TokenEndpointAuthMethod LibraryDefault @anchor -> private_key_jwt")]
    public void FAPI1002_a_library_default_is_reported_with_the_compliant_value(string profile, string expected)
        => Expect("FAPI1002", Hand.CodeClient().Default(Setting.TokenEndpointAuthMethod, "client_secret_post"), profile, expected);

    [Theory]
    [InlineData("A", "FAPI1002 DefaultTokenEndpointAuthMethod LibraryDefault @anchor -> null")]
    [InlineData("S", "FAPI1002 DefaultTokenEndpointAuthMethod LibraryDefault @anchor -> private_key_jwt")]
    public void FAPI1002_a_host_default_method(string profile, string expected)
        => Expect("FAPI1002", Hand.Server().Default(Setting.DefaultTokenEndpointAuthMethod, "client_secret_post"), profile, expected);

    [Fact]
    public void FAPI1002_host_method_none_is_reported_even_where_FAPI1001_takes_clients()
        => Expect("FAPI1002", Hand.Server().Set(Setting.DefaultTokenEndpointAuthMethod, "none"), "S",
            "FAPI1002 DefaultTokenEndpointAuthMethod Code @DefaultTokenEndpointAuthMethod -> private_key_jwt");

    [Fact]
    public void FAPI1002_is_silent_on_allowed_unknown_public_and_tokenless_clients()
    {
        Silent("FAPI1002", Hand.CodeClient().Set(Setting.TokenEndpointAuthMethod, "private_key_jwt"));
        Silent("FAPI1002", Hand.CodeClient().Set(Setting.TokenEndpointAuthMethod, "tls_client_auth"));
        Silent("FAPI1002", Hand.CodeClient().Set(Setting.TokenEndpointAuthMethod, "self_signed_tls_client_auth"));
        Silent("FAPI1002", Hand.CodeClient().Unknown(Setting.TokenEndpointAuthMethod));
        Silent("FAPI1002", Hand.CodeClient().Set(Setting.PublicClient, true).Set(Setting.TokenEndpointAuthMethod, "client_secret_post"));
        // No grant type and no response type known: the client never reaches the token endpoint.
        Silent("FAPI1002", Hand.Client().Set(Setting.TokenEndpointAuthMethod, "client_secret_post"));
        Silent("FAPI1002", Hand.Server().Unknown(Setting.DefaultTokenEndpointAuthMethod));
    }

    [Fact]
    public void FAPI1002_a_client_with_unknown_grant_types_may_get_tokens()
        => Expect("FAPI1002", Hand.Client().Unknown(Setting.GrantTypes).Set(Setting.TokenEndpointAuthMethod, "client_secret_post"), "S",
            "FAPI1002 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> private_key_jwt");

    // ---- FAPI2001 PKCE not required --------------------------------------------------------------------------------

    [Theory]
    [InlineData("B", "FAPI2001 PkceRequired LibraryLimitation @anchor -> true")]
    [InlineData("A", "")]
    [InlineData("S", "FAPI2001 PkceRequired LibraryLimitation @anchor -> true")]
    [InlineData("M", "FAPI2001 PkceRequired LibraryLimitation @anchor -> true")]
    public void FAPI2001_a_limitation_on_a_client(string profile, string expected)
        => Expect("FAPI2001", Hand.CodeClient().Limitation(Setting.PkceRequired, false), profile, expected);

    [Theory]
    [InlineData("B", "FAPI2001 PkceRequired Code @PkceRequired -> true")]
    [InlineData("A", "FAPI2001 PkceRequired Code @PkceRequired -> true")]
    [InlineData("S", "FAPI2001 PkceRequired Code @PkceRequired -> true")]
    public void FAPI2001_under_Advanced_only_where_requests_may_be_pushed(string profile, string expected)
    {
        var server = Hand.Server().Limitation(Setting.PushedAuthorizationSupported, true);
        Expect("FAPI2001", Hand.CodeClient().Set(Setting.PkceRequired, false).ServedBy(server), profile, expected);
        Expect("FAPI2001", Hand.CodeClient().Set(Setting.PkceRequired, false).Set(Setting.PushedAuthorizationRequired, true), profile, expected);
    }

    [Theory]
    [InlineData("A", "FAPI2001 PkceRequired LibraryLimitation @anchor -> true")]
    [InlineData("S", "FAPI2001 PkceRequired LibraryLimitation @anchor -> true")]
    public void FAPI2001_a_limitation_on_the_host(string profile, string expected)
        => Expect("FAPI2001", Hand.Server().Limitation(Setting.PkceRequired, false).Limitation(Setting.PushedAuthorizationSupported, true), profile, expected);

    [Fact]
    public void FAPI2001_is_silent_on_required_unknown_and_machine_clients()
    {
        Silent("FAPI2001", Hand.CodeClient().Default(Setting.PkceRequired, true).Set(Setting.PushedAuthorizationRequired, true));
        Silent("FAPI2001", Hand.CodeClient().Unknown(Setting.PkceRequired).Set(Setting.PushedAuthorizationRequired, true));
        Silent("FAPI2001", Hand.Client().Add(Setting.GrantTypes, "client_credentials").Limitation(Setting.PkceRequired, false).Set(Setting.PushedAuthorizationRequired, true));
    }

    // ---- FAPI2002 PKCE method ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData("B")]
    [InlineData("A")]
    [InlineData("S")]
    [InlineData("M")]
    public void FAPI2002_plain_by_default_and_plain_always_accepted(string profile)
        => Expect("FAPI2002", Hand.Server().Default(Setting.DefaultCodeChallengeMethod, "plain").Limitation(Setting.PlainPkceAccepted, true), profile,
            "FAPI2002 DefaultCodeChallengeMethod LibraryDefault @anchor -> S256 | FAPI2002 PlainPkceAccepted LibraryLimitation @anchor -> false");

    [Fact]
    public void FAPI2002_is_silent_on_S256_unknown_and_machine_clients()
    {
        Silent("FAPI2002", Hand.Server().Set(Setting.DefaultCodeChallengeMethod, "S256"));
        Silent("FAPI2002", Hand.Server().Unknown(Setting.DefaultCodeChallengeMethod).Unknown(Setting.PlainPkceAccepted));
        Silent("FAPI2002", Hand.Client().Add(Setting.GrantTypes, "client_credentials").Set(Setting.DefaultCodeChallengeMethod, "plain"));
    }

    // ---- FAPI2003 response type ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "")]
    [InlineData("S", "FAPI2003 ResponseTypes Code @id_token -> remove")]
    [InlineData("M", "FAPI2003 ResponseTypes Code @id_token -> remove")]
    public void FAPI2003_code_id_token(string profile, string expected)
        => Expect("FAPI2003", Hand.Client().Add(Setting.ResponseTypes, "code", "id_token"), profile, expected);

    [Theory]
    [InlineData("B", "FAPI2003 ResponseTypes Code @id_token -> null | FAPI2003 ResponseTypes Code @token -> remove")]
    [InlineData("A", "FAPI2003 ResponseTypes Code @id_token -> null | FAPI2003 ResponseTypes Code @token -> remove")]
    [InlineData("S", "FAPI2003 ResponseTypes Code @id_token -> remove | FAPI2003 ResponseTypes Code @token -> remove")]
    [InlineData("M", "FAPI2003 ResponseTypes Code @id_token -> remove | FAPI2003 ResponseTypes Code @token -> remove")]
    public void FAPI2003_implicit_tokens(string profile, string expected)
        => Expect("FAPI2003", Hand.Client().Add(Setting.ResponseTypes, "id_token", "token"), profile, expected);

    [Theory]
    [InlineData("B", "FAPI2003 ResponseTypes Code @id_token -> null")]
    [InlineData("A", "FAPI2003 ResponseTypes Code @id_token -> null")]
    [InlineData("S", "FAPI2003 ResponseTypes Code @id_token -> remove")]
    public void FAPI2003_id_token_without_code(string profile, string expected)
        => Expect("FAPI2003", Hand.Client().Add(Setting.ResponseTypes, "id_token"), profile, expected);

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "FAPI2003 ResponseTypes Code @code -> null")]
    [InlineData("S", "")]
    [InlineData("M", "")]
    public void FAPI2003_plain_code_needs_JARM_under_Advanced(string profile, string expected)
        => Expect("FAPI2003", Hand.Client().Add(Setting.ResponseTypes, "code"), profile, expected);

    [Fact]
    public void FAPI2003_is_silent_where_JARM_or_the_collection_is_unknown_or_configured()
    {
        Silent("FAPI2003", Hand.Client().Add(Setting.ResponseTypes, "code").Set(Setting.JarmSigningAlgorithm, "PS256"));
        Silent("FAPI2003", Hand.Client().Add(Setting.ResponseTypes, "code").Unknown(Setting.JarmSigningAlgorithm));
        Silent("FAPI2003", Hand.Client().Add(Setting.ResponseTypes, "code").Unknown(Setting.ResponseTypes));
        Expect("FAPI2003", Hand.Client().Add(Setting.ResponseTypes, "id_token").Unknown(Setting.ResponseTypes), "B", "");
        Silent("FAPI2003", Hand.Server().Add(Setting.ResponseTypes, "token"));
    }

    // ---- FAPI2004 JARM under the Security Profile ------------------------------------------------------------------

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "")]
    [InlineData("S", "FAPI2004 JarmSigningAlgorithm Code @JarmSigningAlgorithm -> remove | FAPI2004 JarmEncryptionAlgorithm Code @JarmEncryptionAlgorithm -> remove")]
    [InlineData("M", "")]
    public void FAPI2004_JARM(string profile, string expected)
        => Expect("FAPI2004", Hand.CodeClient().Set(Setting.JarmSigningAlgorithm, "ES256").Set(Setting.JarmEncryptionAlgorithm, "RSA-OAEP"), profile, expected);

    [Fact]
    public void FAPI2004_is_silent_without_JARM_and_on_servers()
    {
        Silent("FAPI2004", Hand.CodeClient().Unknown(Setting.JarmSigningAlgorithm));
        Silent("FAPI2004", Hand.Server().Set(Setting.JarmSigningAlgorithm, "ES256"));
    }

    // ---- FAPI2005 PAR not required ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "")]
    [InlineData("S", "FAPI2005 PushedAuthorizationRequired LibraryLimitation @anchor -> true")]
    [InlineData("M", "FAPI2005 PushedAuthorizationRequired LibraryLimitation @anchor -> true")]
    public void FAPI2005_the_limitation(string profile, string expected)
    {
        Expect("FAPI2005", Hand.Server().Limitation(Setting.PushedAuthorizationRequired, false), profile, expected);
        Expect("FAPI2005", Hand.CodeClient().Limitation(Setting.PushedAuthorizationRequired, false), profile, expected);
    }

    [Fact]
    public void FAPI2005_a_default_off()
        => Expect("FAPI2005", Hand.Server().Default(Setting.PushedAuthorizationRequired, false), "S",
            "FAPI2005 PushedAuthorizationRequired LibraryDefault @anchor -> true");

    [Fact]
    public void FAPI2005_is_silent_on_required_unknown_and_machine_clients()
    {
        Silent("FAPI2005", Hand.Server().Set(Setting.PushedAuthorizationRequired, true));
        Silent("FAPI2005", Hand.Server().Unknown(Setting.PushedAuthorizationRequired));
        Silent("FAPI2005", Hand.Client().Add(Setting.GrantTypes, "client_credentials").Limitation(Setting.PushedAuthorizationRequired, false));
    }

    // ---- FAPI2006 signed request object ----------------------------------------------------------------------------

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "FAPI2006 SignedRequestObjectRequired LibraryLimitation @anchor -> true")]
    [InlineData("S", "")]
    [InlineData("M", "")]
    public void FAPI2006_the_limitation(string profile, string expected)
    {
        Expect("FAPI2006", Hand.Server().Limitation(Setting.SignedRequestObjectRequired, false), profile, expected);
        Expect("FAPI2006", Hand.CodeClient().Limitation(Setting.SignedRequestObjectRequired, false), profile, expected);
    }

    [Fact]
    public void FAPI2006_is_silent_on_public_unknown_required_and_machine_clients()
    {
        Silent("FAPI2006", Hand.CodeClient().Set(Setting.PublicClient, true).Limitation(Setting.SignedRequestObjectRequired, false));
        Silent("FAPI2006", Hand.CodeClient().Unknown(Setting.SignedRequestObjectRequired));
        Silent("FAPI2006", Hand.CodeClient().Set(Setting.SignedRequestObjectRequired, true));
        Silent("FAPI2006", Hand.Client().Add(Setting.GrantTypes, "client_credentials").Limitation(Setting.SignedRequestObjectRequired, false));
    }

    // ---- FAPI2007 redirect URI -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("B")]
    [InlineData("A")]
    [InlineData("S")]
    [InlineData("M")]
    public void FAPI2007_pattern_matching_plain_http_and_wildcards(string profile)
        => Expect("FAPI2007", Hand.CodeClient().Limitation(Setting.RedirectUriExactMatch, false)
                .Add(Setting.RedirectUris, "https://app.example.com/callback", "http://app.example.com/callback", "https://*.example.com/callback", "/relative"),
            profile,
            "FAPI2007 RedirectUriExactMatch LibraryLimitation @anchor -> null"
            + " | FAPI2007 RedirectUris Code @http://app.example.com/callback -> null"
            + " | FAPI2007 RedirectUris Code @https://*.example.com/callback -> null");

    [Theory]
    [InlineData("B", false, "loopback redirection is not allowed; use a claimed https URI")]
    [InlineData("A", true, "loopback redirection is not allowed; use a claimed https URI")]
    [InlineData("S", false, "http on a loopback address is allowed only for native clients")]
    [InlineData("S", true, null)]
    [InlineData("M", true, null)]
    public void FAPI2007_loopback_http(string profile, bool native, string? problem)
        => ExpectRedirect(Hand.CodeClient().Set(Setting.NativeClient, native).Add(Setting.RedirectUris, "http://127.0.0.1:5000/callback"), profile, problem);

    [Theory]
    [InlineData("B", "private-use URI schemes are not allowed; use a claimed https URI")]
    [InlineData("A", "private-use URI schemes are not allowed; use a claimed https URI")]
    [InlineData("S", "use the https scheme (http only for native clients on a loopback address)")]
    public void FAPI2007_private_use_scheme(string profile, string problem)
        => ExpectRedirect(Hand.CodeClient().Set(Setting.NativeClient, true).Add(Setting.RedirectUris, "com.example.app:/callback"), profile, problem);

    [Fact]
    public void FAPI2007_is_silent_on_exact_https_and_machine_clients()
    {
        Silent("FAPI2007", Hand.CodeClient().Set(Setting.RedirectUriExactMatch, true).Add(Setting.RedirectUris, "https://app.example.com/callback"));
        Silent("FAPI2007", Hand.CodeClient().Unknown(Setting.RedirectUriExactMatch).Unknown(Setting.RedirectUris));
        Silent("FAPI2007", Hand.Client().Add(Setting.GrantTypes, "client_credentials").Add(Setting.RedirectUris, "http://app.example.com/callback"));
    }

    // ---- FAPI2008 grant type ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData("B", "FAPI2008 GrantTypes Code @implicit -> remove")]
    [InlineData("A", "FAPI2008 GrantTypes Code @implicit -> remove | FAPI2008 GrantTypes Code @password -> remove")]
    [InlineData("S", "FAPI2008 GrantTypes Code @implicit -> remove | FAPI2008 GrantTypes Code @password -> remove | FAPI2008 GrantTypes Code @hybrid -> remove")]
    [InlineData("M", "FAPI2008 GrantTypes Code @implicit -> remove | FAPI2008 GrantTypes Code @password -> remove | FAPI2008 GrantTypes Code @hybrid -> remove")]
    public void FAPI2008_forbidden_grants(string profile, string expected)
        => Expect("FAPI2008", Hand.CodeClient().Add(Setting.GrantTypes, "implicit", "password", "hybrid", "refresh_token", "client_credentials"), profile, expected);

    [Fact]
    public void FAPI2008_hybrid_becomes_the_code_grant_unless_the_client_has_it()
        => Expect("FAPI2008", Hand.Client().Add(Setting.GrantTypes, "hybrid"), "S", "FAPI2008 GrantTypes Code @hybrid -> authorization_code");

    [Fact]
    public void FAPI2008_is_silent_on_allowed_grants_and_servers()
    {
        Silent("FAPI2008", Hand.CodeClient().Add(Setting.GrantTypes, "refresh_token").Unknown(Setting.GrantTypes));
        Silent("FAPI2008", Hand.Server().Add(Setting.GrantTypes, "authorization_code"));
    }

    [Fact]
    public void FAPI2008_and_FAPI4006_judge_a_server_that_decides_for_every_client()
    {
        Assert.Single(Findings("FAPI2008", Hand.Server().Add(Setting.GrantTypes, "implicit").Configuration, Profile("B")));
        Assert.Single(Findings("FAPI4006", Hand.Server().Add(Setting.GrantTypes, "refresh_token").Default(Setting.RefreshTokenRotation, true).Configuration, Profile("S")));
    }

    // ---- FAPI3001 and FAPI3002 signing algorithms ------------------------------------------------------------------

    [Theory]
    [InlineData("B", "RS256", "", "FAPI3002 IdTokenSigningAlgorithm Code @IdTokenSigningAlgorithm -> ES256")]
    [InlineData("A", "RS256", "FAPI3001 IdTokenSigningAlgorithm Code @IdTokenSigningAlgorithm -> ES256", "")]
    [InlineData("S", "RS256", "FAPI3001 IdTokenSigningAlgorithm Code @IdTokenSigningAlgorithm -> ES256", "")]
    [InlineData("M", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "FAPI3001 IdTokenSigningAlgorithm Code @IdTokenSigningAlgorithm -> ES256", "")]
    [InlineData("B", "none", "FAPI3001 IdTokenSigningAlgorithm Code @IdTokenSigningAlgorithm -> ES256", "")]
    [InlineData("S", "none", "FAPI3001 IdTokenSigningAlgorithm Code @IdTokenSigningAlgorithm -> ES256", "")]
    [InlineData("B", "PS256", "", "FAPI3002 IdTokenSigningAlgorithm Code @IdTokenSigningAlgorithm -> ES256")]
    [InlineData("A", "PS256", "", "FAPI3002 IdTokenSigningAlgorithm Code @IdTokenSigningAlgorithm -> ES256")]
    [InlineData("S", "PS256", "", "FAPI3002 IdTokenSigningAlgorithm Code @IdTokenSigningAlgorithm -> ES256")]
    [InlineData("A", "EdDSA", "FAPI3001 IdTokenSigningAlgorithm Code @IdTokenSigningAlgorithm -> ES256", "")]
    [InlineData("M", "EdDSA", "", "FAPI3002 IdTokenSigningAlgorithm Code @IdTokenSigningAlgorithm -> ES256")]
    [InlineData("S", "ES256", "", "")]
    public void FAPI3001_and_FAPI3002_an_ID_token_algorithm(string profile, string algorithm, string fapi3001, string fapi3002)
    {
        var client = Hand.CodeClient().Set(Setting.IdTokenSigningAlgorithm, algorithm);
        Expect("FAPI3001", client, profile, fapi3001);
        Expect("FAPI3002", client, profile, fapi3002);
    }

    [Theory]
    [InlineData("B", "", "FAPI3002 DefaultAccessTokenSigningAlgorithm LibraryDefault @anchor -> ES256")]
    [InlineData("A", "FAPI3001 DefaultAccessTokenSigningAlgorithm LibraryDefault @anchor -> ES256", "")]
    [InlineData("S", "FAPI3001 DefaultAccessTokenSigningAlgorithm LibraryDefault @anchor -> ES256", "")]
    public void FAPI3001_and_FAPI3002_the_host_default_RS256(string profile, string fapi3001, string fapi3002)
    {
        var server = Hand.Server().Default(Setting.DefaultAccessTokenSigningAlgorithm, "RS256");
        Expect("FAPI3001", server, profile, fapi3001);
        Expect("FAPI3002", server, profile, fapi3002);
    }

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "FAPI3002 RequestObjectSigningAlgorithm Code @RequestObjectSigningAlgorithm -> ES256 | FAPI3002 JarmSigningAlgorithm Code @JarmSigningAlgorithm -> ES256")]
    [InlineData("S", "")]
    [InlineData("M", "FAPI3002 RequestObjectSigningAlgorithm Code @RequestObjectSigningAlgorithm -> ES256 | FAPI3002 JarmSigningAlgorithm Code @JarmSigningAlgorithm -> ES256")]
    public void FAPI3002_only_the_table_rows_of_the_profile(string profile, string expected)
        => Expect("FAPI3002", Hand.CodeClient()
                .Set(Setting.RequestObjectSigningAlgorithm, "PS256").Set(Setting.JarmSigningAlgorithm, "PS256")
                .Set(Setting.UserInfoSigningAlgorithm, "PS256").Set(Setting.AccessTokenSigningAlgorithm, "PS256").Set(Setting.ClientKeySigningAlgorithm, "PS256"),
            profile, expected);

    [Theory]
    [InlineData("B", "FAPI3001 ClientKeySigningAlgorithm Code @ClientKeySigningAlgorithm -> null")]
    [InlineData("S", "FAPI3001 UserInfoSigningAlgorithm Code @UserInfoSigningAlgorithm -> ES256 | FAPI3001 AccessTokenSigningAlgorithm Code @AccessTokenSigningAlgorithm -> ES256 | FAPI3001 ClientKeySigningAlgorithm Code @ClientKeySigningAlgorithm -> PS256")]
    [InlineData("M", "FAPI3001 JarmSigningAlgorithm Code @JarmSigningAlgorithm -> ES256 | FAPI3001 UserInfoSigningAlgorithm Code @UserInfoSigningAlgorithm -> ES256 | FAPI3001 AccessTokenSigningAlgorithm Code @AccessTokenSigningAlgorithm -> ES256 | FAPI3001 ClientKeySigningAlgorithm Code @ClientKeySigningAlgorithm -> PS256")]
    public void FAPI3001_other_signing_settings_and_the_client_key_within_its_key_family(string profile, string expected)
        => Expect("FAPI3001", Hand.CodeClient()
                .Set(Setting.JarmSigningAlgorithm, "RS256").Set(Setting.UserInfoSigningAlgorithm, "RS256")
                .Set(Setting.AccessTokenSigningAlgorithm, "RS256").Set(Setting.ClientKeySigningAlgorithm, profile == "B" ? "none" : "RS256"),
            profile, expected);

    [Fact]
    public void FAPI3002_follows_the_table_algorithm_option()
    {
        var profile = Profile("S").WithTableSigningAlgorithm("PS256");
        Assert.Empty(Findings("FAPI3002", Hand.CodeClient().Set(Setting.IdTokenSigningAlgorithm, "PS256").Configuration, profile));
        var finding = Assert.Single(Findings("FAPI3002", Hand.CodeClient().Set(Setting.IdTokenSigningAlgorithm, "ES256").Configuration, profile));
        Assert.Equal("PS256", finding.Compliant);
    }

    [Fact]
    public void FAPI3001_and_FAPI3002_are_silent_on_unknown_algorithms_and_ID_tokens_of_machine_clients()
    {
        var unknown = Hand.CodeClient().Unknown(Setting.IdTokenSigningAlgorithm).Unknown(Setting.RequestObjectSigningAlgorithm);
        var machine = Hand.Client().Add(Setting.GrantTypes, "client_credentials").Set(Setting.IdTokenSigningAlgorithm, "none");
        foreach (var rule in new[] { "FAPI3001", "FAPI3002" })
        {
            Silent(rule, unknown);
            Silent(rule, machine);
            Silent(rule, Hand.Server().Unknown(Setting.DefaultAccessTokenSigningAlgorithm));
        }
    }

    // ---- FAPI3004 RSA1_5 -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "FAPI3004 RequestObjectEncryptionAlgorithm Code @RequestObjectEncryptionAlgorithm -> RSA-OAEP | FAPI3004 IdTokenEncryptionAlgorithm LibraryDefault @anchor -> RSA-OAEP")]
    [InlineData("S", "")]
    [InlineData("M", "")]
    public void FAPI3004_RSA1_5(string profile, string expected)
        => Expect("FAPI3004", Hand.CodeClient()
                .Set(Setting.RequestObjectEncryptionAlgorithm, "RSA1_5")
                .Default(Setting.IdTokenEncryptionAlgorithm, "http://www.w3.org/2001/04/xmlenc#rsa-1_5")
                .Set(Setting.UserInfoEncryptionAlgorithm, "RSA-OAEP")
                .Unknown(Setting.JarmEncryptionAlgorithm),
            profile, expected);

    // ---- FAPI4001 sender-constrained tokens ------------------------------------------------------------------------

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "FAPI4001 MutualTlsBoundAccessTokens LibraryDefault @anchor -> null")]
    [InlineData("S", "FAPI4001 DpopBoundAccessTokens LibraryDefault @anchor -> true")]
    [InlineData("M", "FAPI4001 DpopBoundAccessTokens LibraryDefault @anchor -> true")]
    public void FAPI4001_bearer_tokens_by_default(string profile, string expected)
        => Expect("FAPI4001", Hand.CodeClient().Set(Setting.TokenEndpointAuthMethod, "private_key_jwt"), profile, expected);

    [Theory]
    [InlineData("A", "FAPI4001 MutualTlsBoundAccessTokens LibraryDefault @anchor -> null")]
    [InlineData("S", "FAPI4001 DpopBoundAccessTokens Code @DpopBoundAccessTokens -> true")]
    public void FAPI4001_DPoP_written_off(string profile, string expected)
        => Expect("FAPI4001", Hand.CodeClient().Set(Setting.DpopBoundAccessTokens, false), profile, expected);

    [Theory]
    [InlineData("A", "FAPI4001 MutualTlsBoundAccessTokens LibraryDefault @anchor -> null")]
    [InlineData("S", "")]
    [InlineData("M", "")]
    public void FAPI4001_DPoP_counts_under_FAPI2_only(string profile, string expected)
    {
        Expect("FAPI4001", Hand.CodeClient().Set(Setting.DpopBoundAccessTokens, true), profile, expected);
        Expect("FAPI4001", Hand.CodeClient().Unknown(Setting.DpopBoundAccessTokens), profile, expected);
    }

    [Fact]
    public void FAPI4001_certificate_binding_written_off_is_reported_at_its_code_under_Advanced()
        => Expect("FAPI4001", Hand.CodeClient().Set(Setting.MutualTlsBoundAccessTokens, false), "A",
            "FAPI4001 MutualTlsBoundAccessTokens Code @MutualTlsBoundAccessTokens -> null");

    [Fact]
    public void FAPI4001_is_silent_on_bound_unknown_tokenless_and_server_configurations()
    {
        Silent("FAPI4001", Hand.CodeClient().Default(Setting.MutualTlsBoundAccessTokens, true));
        Silent("FAPI4001", Hand.CodeClient().Unknown(Setting.MutualTlsBoundAccessTokens));
        Silent("FAPI4001", Hand.CodeClient().Unknown(Setting.TokenEndpointAuthMethod));
        Silent("FAPI4001", Hand.Client());
        Silent("FAPI4001", Hand.Server());
    }

    // ---- FAPI4002 and FAPI4003 lifetimes ---------------------------------------------------------------------------

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "")]
    [InlineData("S", "FAPI4002 AuthorizationCodeLifetimeSeconds LibraryDefault @anchor -> 60")]
    [InlineData("M", "FAPI4002 AuthorizationCodeLifetimeSeconds LibraryDefault @anchor -> 60")]
    public void FAPI4002_the_600_second_default(string profile, string expected)
        => Expect("FAPI4002", Hand.CodeClient().Default(Setting.AuthorizationCodeLifetimeSeconds, 600), profile, expected);

    [Theory]
    [InlineData(60, false)]
    [InlineData(61, true)]
    [InlineData(60L, false)]
    [InlineData(60.5, true)]
    public void FAPI4002_the_limit_is_60_seconds_inclusive(object seconds, bool reported)
        => Expect("FAPI4002", Hand.CodeClient().Set(Setting.AuthorizationCodeLifetimeSeconds, seconds), "S",
            reported ? "FAPI4002 AuthorizationCodeLifetimeSeconds Code @AuthorizationCodeLifetimeSeconds -> 60" : "");

    [Theory]
    [InlineData(60, false)]
    [InlineData(120, true)]
    public void FAPI4002_a_TimeSpan_lifetime(int seconds, bool reported)
        => Expect("FAPI4002", Hand.CodeClient().Set(Setting.AuthorizationCodeLifetimeSeconds, System.TimeSpan.FromSeconds(seconds)), "M",
            reported ? "FAPI4002 AuthorizationCodeLifetimeSeconds Code @AuthorizationCodeLifetimeSeconds -> 60" : "");

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "")]
    [InlineData("S", "FAPI4003 PushedRequestLifetimeSeconds LibraryDefault @anchor -> 60")]
    [InlineData("M", "FAPI4003 PushedRequestLifetimeSeconds LibraryDefault @anchor -> 60")]
    public void FAPI4003_the_600_second_default(string profile, string expected)
        => Expect("FAPI4003", Hand.CodeClient().Default(Setting.PushedRequestLifetimeSeconds, 600), profile, expected);

    [Theory]
    [InlineData(599, false)]
    [InlineData(600, true)]
    public void FAPI4003_the_limit_is_below_600_seconds(int seconds, bool reported)
    {
        var expected = reported ? "FAPI4003 PushedRequestLifetimeSeconds Code @PushedRequestLifetimeSeconds -> 60" : "";
        Expect("FAPI4003", Hand.CodeClient().Set(Setting.PushedRequestLifetimeSeconds, seconds), "S", expected);
        Expect("FAPI4003", Hand.CodeClient().Set(Setting.PushedRequestLifetimeSeconds, System.TimeSpan.FromSeconds(seconds)), "S", expected);
    }

    [Fact]
    public void FAPI4002_and_FAPI4003_are_silent_on_unknown_non_numeric_and_machine_clients()
    {
        foreach (var (rule, setting) in new[] { ("FAPI4002", Setting.AuthorizationCodeLifetimeSeconds), ("FAPI4003", Setting.PushedRequestLifetimeSeconds) })
        {
            Silent(rule, Hand.CodeClient().Unknown(setting));
            Silent(rule, Hand.CodeClient().Set(setting, "600"));
            Silent(rule, Hand.Client().Add(Setting.GrantTypes, "client_credentials").Default(setting, 600));
        }
    }

    // ---- FAPI4006 refresh token rotation ---------------------------------------------------------------------------

    [Theory]
    [InlineData("B", "")]
    [InlineData("A", "")]
    [InlineData("S", "FAPI4006 RefreshTokenRotation LibraryDefault @anchor -> false")]
    [InlineData("M", "FAPI4006 RefreshTokenRotation LibraryDefault @anchor -> false")]
    public void FAPI4006_rotation_by_default(string profile, string expected)
        => Expect("FAPI4006", Hand.CodeClient().Add(Setting.GrantTypes, "refresh_token").Default(Setting.RefreshTokenRotation, true), profile, expected);

    [Fact]
    public void FAPI4006_is_silent_without_refresh_tokens_without_rotation_or_unknown()
    {
        Silent("FAPI4006", Hand.CodeClient().Default(Setting.RefreshTokenRotation, true));
        Silent("FAPI4006", Hand.CodeClient().Add(Setting.GrantTypes, "refresh_token").Set(Setting.RefreshTokenRotation, false));
        Silent("FAPI4006", Hand.CodeClient().Add(Setting.GrantTypes, "refresh_token").Unknown(Setting.RefreshTokenRotation));
        Silent("FAPI4006", Hand.Server().Default(Setting.RefreshTokenRotation, true));
    }

    // ---- shared ----------------------------------------------------------------------------------------------------

    [Fact]
    public void Findings_name_the_client()
    {
        var finding = Assert.Single(Findings("FAPI1002", Hand.Client("web").Add(Setting.GrantTypes, "authorization_code")
            .Set(Setting.TokenEndpointAuthMethod, "client_secret_post").Configuration, Profile("S")));
        Assert.Equal("web", finding.Subject);
    }

    private static void ExpectRedirect(Hand hand, string profile, string? problem)
    {
        var findings = Findings("FAPI2007", hand.Configuration, Profile(profile));
        if (problem is null)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal(problem, finding.MessageArgs[3]);
        Assert.Null(finding.Compliant);
    }
}
