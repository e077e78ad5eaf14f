using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers;

/// <summary>
/// Turns a rule's finding into a diagnostic: the message names the client and says when the verdict comes from a
/// library default or limitation; the properties carry the fix contract (setting, compliant value, kind, code).
/// </summary>
internal static class DiagnosticWriter
{
    private static readonly ConcurrentDictionary<string, int> SuffixIndex = new();

    public static Diagnostic? Create(Finding finding, ISet<string> mitigated)
    {
        // A team that put the documented workaround in front of the library says so per rule.
        if (finding.Origin == FactOrigin.LibraryLimitation && mitigated.Contains(finding.Descriptor.Id))
        {
            return null;
        }

        if (!SuffixIndex.TryGetValue(finding.Descriptor.Id, out var index))
        {
            index = SuffixPlaceholder(finding.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
            SuffixIndex.TryAdd(finding.Descriptor.Id, index);
        }

        var args = new object[index + 1];
        for (var i = 0; i < index && i < finding.MessageArgs.Length; i++)
        {
            args[i] = finding.MessageArgs[i];
        }

        for (var i = finding.MessageArgs.Length; i < index; i++)
        {
            args[i] = "";
        }

        args[index] = Suffix(finding);
        return Diagnostic.Create(finding.Descriptor, finding.Location, Properties(finding), args);
    }

    /// <summary>The message format's last placeholder, which the descriptor factory adds for the suffix.</summary>
    public static int SuffixPlaceholder(string format)
    {
        var max = -1;
        foreach (Match match in Regex.Matches(format, @"\{(\d+)\}"))
        {
            max = System.Math.Max(max, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        return System.Math.Max(max, 0);
    }

    private static string Suffix(Finding finding)
    {
        var parts = new List<string>(2);
        if (finding.Subject is { } subject)
        {
            parts.Add("client '" + subject + "'");
        }

        switch (finding.Origin)
        {
            case FactOrigin.LibraryDefault:
                parts.Add(finding.Note ?? "library default");
                break;
            case FactOrigin.LibraryLimitation:
                parts.Add("the library cannot enforce this whatever the configuration: " + finding.Note + "; see the rule's docs for a workaround");
                break;
        }

        return parts.Count == 0 ? "" : " [" + string.Join("; ", parts) + "]";
    }

    private static ImmutableDictionary<string, string?> Properties(Finding finding)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;

        // What the library cannot enforce has no compliant value to write.
        if (finding.Compliant is not { } compliant || finding.Origin == FactOrigin.LibraryLimitation)
        {
            return properties;
        }

        if (finding.Setting is { } setting)
        {
            properties = properties.Add(FixProperties.Setting, setting.ToString())
                .Add(FixProperties.Value, ReferenceEquals(compliant, FixProperties.Remove) ? ""
                    : compliant is string[] elements ? string.Join(" ", elements) : System.Convert.ToString(compliant, CultureInfo.InvariantCulture));
        }

        if (ReferenceEquals(compliant, FixProperties.Remove))
        {
            // Most code is removed outright; a preset loses an element by becoming another preset, which its writer names.
            var removal = finding.Fix.RemoveKind == FixKind.ReplaceExpression ? finding.Fix.Writer?.Invoke(compliant) : "";
            return finding.Fix.RemoveKind == FixKind.None || removal is null
                ? properties
                : properties.Add(FixProperties.Kind, finding.Fix.RemoveKind.ToString()).Add(FixProperties.Code, removal);
        }

        // The code is written by the writer of the fact's source (C#), never by the rule.
        if (finding.Fix.Kind == FixKind.None || finding.Fix.Writer?.Invoke(compliant) is not { } code)
        {
            return properties;
        }

        return properties.Add(FixProperties.Kind, finding.Fix.Kind.ToString()).Add(FixProperties.Code, code);
    }
}
