using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fapi.Analyzers.Profiles;

/// <summary>
/// The profile for each syntax tree, in the design's precedence: .editorconfig / .globalconfig <c>fapi_profile</c>,
/// then MSBuild <c>FapiProfile</c>, then fapi2_security. Unknown values fall back to the next source and are reported.
/// </summary>
internal sealed class ProfileResolver
{
    public const string EditorConfigKey = "fapi_profile";
    public const string BuildPropertyKey = "build_property.FapiProfile";

    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly ConcurrentDictionary<SyntaxTree, ProfileChoice> _byTree = new();
    private readonly ProfileChoice _project;

    public ProfileResolver(AnalyzerConfigOptionsProvider options)
    {
        _options = options;
        InvalidProjectValue = null;
        _project = new ProfileChoice(ProfileTable.Default, isOff: false, invalidValue: null);
        if (options.GlobalOptions.TryGetValue(BuildPropertyKey, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            if (ProfileTable.TryParse(value, out var profile, out var isNone))
            {
                _project = new ProfileChoice(profile ?? ProfileTable.Default, isNone, null);
            }
            else
            {
                InvalidProjectValue = value;
            }
        }
    }

    /// <summary>The unknown MSBuild value, reported once per compilation.</summary>
    public string? InvalidProjectValue { get; }

    public ProfileChoice For(SyntaxTree tree) => _byTree.GetOrAdd(tree, Resolve);

    private ProfileChoice Resolve(SyntaxTree tree)
    {
        if (!_options.GetOptions(tree).TryGetValue(EditorConfigKey, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return _project;
        }

        return ProfileTable.TryParse(value, out var profile, out var isNone)
            ? new ProfileChoice(profile ?? ProfileTable.Default, isNone, null)
            : new ProfileChoice(_project.Profile, _project.IsOff, value);
    }

    public static string InvalidMessage(string source, string value, string fallback)
        => $"Unknown FAPI profile '{value}' in {source}; valid values: {ProfileTable.ValidKeys}. Analysis continues with {fallback}.";

    /// <summary>The profile a tree falls back to when its own setting is unknown.</summary>
    public string ProjectProfileKey => _project.IsOff ? ProfileTable.NoneKey : _project.Profile.Key;
}

/// <summary>The profile that applies to one tree, or off (<c>none</c>); <see cref="InvalidValue"/> when the tree's own setting was unknown.</summary>
internal sealed class ProfileChoice
{
    public ProfileChoice(ProfileRequirements profile, bool isOff, string? invalidValue)
    {
        Profile = profile;
        IsOff = isOff;
        InvalidValue = invalidValue;
    }

    public ProfileRequirements Profile { get; }
    public bool IsOff { get; }
    public string? InvalidValue { get; }
}
