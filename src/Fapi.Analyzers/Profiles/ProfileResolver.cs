using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fapi.Analyzers.Profiles;

/// <summary>
/// The profile for each syntax tree, in the design's precedence: .editorconfig / .globalconfig <c>fapi_profile</c>,
/// then MSBuild <c>FapiProfile</c>, then fapi2_security; then the rule options that adjust that profile's table.
/// An unknown value falls back to the next source and is reported (FAPI0001), never ignored in silence.
/// </summary>
internal sealed class ProfileResolver
{
    public const string EditorConfigKey = "fapi_profile";
    public const string BuildPropertyKey = "build_property.FapiProfile";

    /// <summary>FAPI3002's option: the algorithm an ecosystem standardised on instead of the table's ES256.</summary>
    public const string TableAlgorithmKey = "FAPI3002.algorithm";

    /// <summary>Per rule: <c>FAPI2005.library_limitation = mitigated</c> once the documented workaround is deployed.</summary>
    public const string LimitationKeySuffix = ".library_limitation";

    private static readonly ImmutableArray<string> TableAlgorithms = ImmutableArray.Create("ES256", "PS256", "EdDSA");

    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly ConcurrentDictionary<SyntaxTree, ProfileChoice> _byTree = new();
    private readonly ProfileRequirements _projectProfile = ProfileTable.Default;
    private readonly bool _projectOff;

    public ProfileResolver(AnalyzerConfigOptionsProvider options)
    {
        _options = options;
        if (options.GlobalOptions.TryGetValue(BuildPropertyKey, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            if (ProfileTable.TryParse(value, out var profile, out var isNone))
            {
                _projectProfile = profile ?? ProfileTable.Default;
                _projectOff = isNone;
            }
            else
            {
                InvalidProjectValue = value;
            }
        }
    }

    /// <summary>The unknown MSBuild value, reported once per compilation.</summary>
    public string? InvalidProjectValue { get; }

    public ProfileChoice For(SyntaxTree tree) => _byTree.GetOrAdd(tree, t => Resolve(_options.GetOptions(t)));

    /// <summary>The profile of a configuration file (an .editorconfig section can name it, or turn it off).</summary>
    public ProfileChoice For(AdditionalText file) => Resolve(_options.GetOptions(file));

    private ProfileChoice Resolve(AnalyzerConfigOptions options)
    {
        var problems = new List<string>();
        var profile = _projectProfile;
        var off = _projectOff;
        if (options.TryGetValue(EditorConfigKey, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            if (ProfileTable.TryParse(value, out var parsed, out var isNone))
            {
                profile = parsed ?? ProfileTable.Default;
                off = isNone;
            }
            else
            {
                problems.Add($"Unknown FAPI profile '{value}' in .editorconfig setting {EditorConfigKey}; valid values: {ProfileTable.ValidKeys}. Analysis continues with {(off ? ProfileTable.NoneKey : profile.Key)}.");
            }
        }

        if (options.TryGetValue(TableAlgorithmKey, out var algorithm) && !string.IsNullOrWhiteSpace(algorithm))
        {
            var chosen = Find(TableAlgorithms, algorithm.Trim());
            if (chosen is null)
            {
                problems.Add($"Unknown value '{algorithm}' for {TableAlgorithmKey}; valid values: {string.Join(", ", TableAlgorithms)}. The profile table's {profile.TableSigningAlgorithm} applies.");
            }
            else if (!profile.IsAllowedSigningAlgorithm(chosen))
            {
                problems.Add($"{TableAlgorithmKey} = {chosen} is not allowed by {profile.Key} ({profile.SigningAlgorithmClause}). The profile table's {profile.TableSigningAlgorithm} applies.");
            }
            else
            {
                profile = profile.WithTableSigningAlgorithm(chosen);
            }
        }

        var mitigated = ImmutableHashSet<string>.Empty;
        foreach (var id in RuleIdsWithLimitations)
        {
            if (options.TryGetValue(id + LimitationKeySuffix, out var limitation) && !string.IsNullOrWhiteSpace(limitation))
            {
                switch (limitation.Trim().ToLowerInvariant())
                {
                    case "mitigated":
                        mitigated = mitigated.Add(id);
                        break;
                    case "report":
                        break;
                    default:
                        problems.Add($"Unknown value '{limitation}' for {id}{LimitationKeySuffix}; valid values: report, mitigated. The limitation is reported.");
                        break;
                }
            }
        }

        return new ProfileChoice(profile, off, problems.ToImmutableArray(), mitigated);
    }

    /// <summary>Rules that report what a library cannot enforce.</summary>
    internal static readonly ImmutableArray<string> RuleIdsWithLimitations = ImmutableArray.Create(
        RuleIds.PkceNotRequired, RuleIds.PkceMethodNotS256, RuleIds.PushedAuthorizationNotRequired, RuleIds.SignedRequestObjectNotRequired, RuleIds.RedirectUri);

    private static string? Find(ImmutableArray<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, System.StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string InvalidProjectMessage(string value)
        => $"Unknown FAPI profile '{value}' in the MSBuild property FapiProfile; valid values: {ProfileTable.ValidKeys}. Analysis continues with {ProfileTable.Default.Key}.";
}

/// <summary>The profile that applies to one tree (with its rule options), or off (<c>none</c>), and what was wrong in its settings.</summary>
internal sealed class ProfileChoice
{
    public ProfileChoice(ProfileRequirements profile, bool isOff, ImmutableArray<string> problems, ImmutableHashSet<string>? mitigated = null)
    {
        Profile = profile;
        IsOff = isOff;
        Problems = problems;
        MitigatedLimitations = mitigated ?? ImmutableHashSet<string>.Empty;
    }

    /// <summary>Rule IDs whose library limitations the team has mitigated (and so are not reported).</summary>
    public ImmutableHashSet<string> MitigatedLimitations { get; }

    public ProfileRequirements Profile { get; }
    public bool IsOff { get; }
    public ImmutableArray<string> Problems { get; }
}
