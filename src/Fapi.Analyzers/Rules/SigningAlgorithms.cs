using System.Collections.Generic;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;

namespace Fapi.Analyzers.Rules;

/// <summary>One signing-algorithm fact to judge, with whether the profile table names a value for it.</summary>
internal readonly struct AlgorithmCheck
{
    public AlgorithmCheck(Fact fact, string what, bool isTableRow, bool isFixable = true, bool signedWithServerKey = false, bool isAcceptedList = false, bool keyDecides = false)
    {
        KeyDecides = keyDecides;
        IsAcceptedList = isAcceptedList;
        Fact = fact;
        What = what;
        IsTableRow = isTableRow;
        IsFixable = isFixable;
        SignedWithServerKey = signedWithServerKey;
    }

    /// <summary>True where the code's own key signs: a fix may only pick another algorithm of the same key.</summary>
    public bool KeyDecides { get; }

    /// <summary>True for an element of a list of algorithms the server accepts: the fix drops what the profile does not allow.</summary>
    public bool IsAcceptedList { get; }

    /// <summary>True where the server signs with one of its own keys (a client's ID tokens): a fix must name a key it has.</summary>
    public bool SignedWithServerKey { get; }

    public Fact Fact { get; }
    public string What { get; }
    public bool IsTableRow { get; }

    /// <summary>False where the right algorithm depends on something the fix cannot change (a key's type).</summary>
    public bool IsFixable { get; }
}

/// <summary>The signing-algorithm settings FAPI3001 and FAPI3002 judge, and the JOSE names of their long forms.</summary>
internal static class SigningAlgorithms
{
    public static IEnumerable<AlgorithmCheck> Applicable(ClientConfiguration configuration, ProfileRequirements profile)
    {
        if (configuration.IsServer())
        {
            // The host's algorithm signs access tokens, and ID tokens of every client that names none.
            if (Known(configuration, Setting.DefaultAccessTokenSigningAlgorithm) is { } serverDefault)
            {
                yield return new AlgorithmCheck(serverDefault, "Host default token signing (ID and access tokens)", isTableRow: true);
            }

            // The key decides the algorithm it signs with: a fix may only name another algorithm of the same key (an RSA
            // key signs PS256 as well as RS256). Accepted lists lose elements rather than change them.
            foreach (var key in Each(configuration, Setting.ServerSigningAlgorithms))
            {
                yield return new AlgorithmCheck(key, "Server signing key", isTableRow: true, isFixable: false, keyDecides: true);
            }

            foreach (var accepted in Each(configuration, Setting.AcceptedClientAssertionAlgorithms))
            {
                yield return new AlgorithmCheck(accepted, "Accepted client assertion signing", isTableRow: false, isFixable: false, isAcceptedList: true);
            }

            foreach (var accepted in Each(configuration, Setting.AcceptedRequestObjectAlgorithms))
            {
                yield return new AlgorithmCheck(accepted, "Accepted request object signing", isTableRow: false, isFixable: false, isAcceptedList: true);
            }

            foreach (var accepted in Each(configuration, Setting.AcceptedDpopProofAlgorithms))
            {
                yield return new AlgorithmCheck(accepted, "Accepted DPoP proof signing", isTableRow: false, isFixable: false, isAcceptedList: true);
            }

            yield break;
        }

        // ID tokens come from the authorization endpoint flows; a client-credentials client gets none.
        if (configuration.UsesAuthorizationEndpoint() && Known(configuration, Setting.IdTokenSigningAlgorithm) is { } idToken)
        {
            yield return new AlgorithmCheck(idToken, "ID token signing", isTableRow: true, signedWithServerKey: true);
        }

        if (configuration.UsesAuthorizationEndpoint())
        {
            foreach (var allowed in Each(configuration, Setting.IdTokenSigningAlgorithms))
            {
                yield return new AlgorithmCheck(allowed, "ID token signing", isTableRow: true, signedWithServerKey: true);
            }
        }

        if (Known(configuration, Setting.RequestObjectSigningAlgorithm) is { } requestObject)
        {
            yield return new AlgorithmCheck(requestObject, "Request object signing", profile.TableRequiresRequestObjectAlgorithm);
        }

        // Under the Security Profile JARM itself is the violation (FAPI2004), not its algorithm.
        if (profile.JarmAllowed && Known(configuration, Setting.JarmSigningAlgorithm) is { } jarm)
        {
            yield return new AlgorithmCheck(jarm, "Authorization response (JARM) signing", profile.TableRequiresJarmAlgorithm);
        }

        if (Known(configuration, Setting.UserInfoSigningAlgorithm) is { } userInfo)
        {
            yield return new AlgorithmCheck(userInfo, "UserInfo response signing", isTableRow: false);
        }

        if (Known(configuration, Setting.AccessTokenSigningAlgorithm) is { } accessToken)
        {
            yield return new AlgorithmCheck(accessToken, "Access token signing", isTableRow: false);
        }

        // A relying party's accepted list loses what the profile does not allow.
        foreach (var accepted in Each(configuration, Setting.AcceptedIdTokenAlgorithms))
        {
            yield return new AlgorithmCheck(accepted, "Accepted ID token signing", isTableRow: false, isFixable: false, isAcceptedList: true);
        }

        if (Known(configuration, Setting.ClientKeySigningAlgorithm) is { } clientKey)
        {
            yield return new AlgorithmCheck(clientKey, "Client signing key", isTableRow: false, isFixable: false, keyDecides: true);
        }
    }

    /// <summary>
    /// The algorithm a fix writes: the profile table's, unless the server of the compilation shows all its keys and none
    /// signs with it; then an allowed algorithm one of its keys signs with, or null (no fix) when there is none.
    /// </summary>
    public static string? Compliant(AlgorithmCheck check, ClientConfiguration configuration, ProfileRequirements profile)
    {
        var table = profile.TableSigningAlgorithm;
        if (!check.SignedWithServerKey || configuration.Server is not { } server || server.IsUnknown(Setting.ServerSigningAlgorithms)
            || server.Elements(Setting.ServerSigningAlgorithms).Count == 0)
        {
            return table;
        }

        string? usable = null;
        foreach (var key in server.Elements(Setting.ServerSigningAlgorithms))
        {
            if (key.AsString is not { } algorithm)
            {
                return table;
            }

            var normalized = Normalize(algorithm);
            if (normalized == table)
            {
                return table;
            }

            usable ??= profile.IsAllowedSigningAlgorithm(normalized) ? normalized : null;
        }

        return usable;
    }

    /// <summary>
    /// The fix of an accepted list: a written element is removed; a library default list is set to its allowed
    /// elements (null when none is allowed: then a person picks the algorithms).
    /// </summary>
    public static object? AcceptedListFix(AlgorithmCheck check, ClientConfiguration configuration, ProfileRequirements profile)
    {
        var allowed = new List<string>();
        foreach (var element in configuration.Elements(check.Fact.Setting))
        {
            if (element.AsString is { } algorithm && profile.IsAllowedSigningAlgorithm(Normalize(algorithm)) && !allowed.Contains(algorithm))
            {
                allowed.Add(algorithm);
            }
        }

        // A written element goes, unless nothing allowed would remain: an empty list accepts anything in some libraries.
        if (check.Fact.Origin == FactOrigin.Code)
        {
            return allowed.Count == 0 ? null : RuleReporter.Remove;
        }

        return allowed.Count == 0 ? null : allowed.ToArray();
    }

    /// <summary>
    /// For a key that decides the algorithm: the allowed algorithm the same key signs with (an RSA key signs PS256 as
    /// well as RS256); null where the key type cannot be told from the algorithm or the profile allows none of its family.
    /// </summary>
    public static string? SameKeyFamily(string algorithm, ProfileRequirements profile)
        => Normalize(algorithm) is "RS256" or "RS384" or "RS512" or "PS384" or "PS512" && profile.IsAllowedSigningAlgorithm("PS256") ? "PS256" : null;

    /// <summary>XML-DSig URIs that Microsoft.IdentityModel also accepts, as their JOSE names.</summary>
    public static string Normalize(string algorithm) => algorithm switch
    {
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256" => "RS256",
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384" => "RS384",
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512" => "RS512",
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256" => "ES256",
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384" => "ES384",
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512" => "ES512",
        "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256" => "HS256",
        "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1" => "PS256",
        _ => algorithm,
    };

    private static IEnumerable<Fact> Each(ClientConfiguration configuration, Setting setting)
    {
        foreach (var element in configuration.Elements(setting))
        {
            if (element.AsString is not null)
            {
                yield return element;
            }
        }
    }

    private static Fact? Known(ClientConfiguration configuration, Setting setting)
        => configuration.Get(setting) is { AsString: { } } fact ? fact : null;
}
