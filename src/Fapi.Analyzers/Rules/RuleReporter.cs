using System.Collections.Generic;
using System.Collections.Immutable;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>
/// Collects the diagnostics of all rules for one block: one per rule per fact, the fix the fact's code allows
/// (as diagnostic properties for the fixers), and the decided precedences between rules.
/// </summary>
internal sealed class RuleReporter
{
    public const string FixKindProperty = "FapiFix";
    public const string FixCodeProperty = "FapiCode";

    /// <summary>A sentinel compliant value: remove the code that carries the fact.</summary>
    public static readonly object Remove = new();

    private readonly List<(Diagnostic Diagnostic, Setting? Setting)> _diagnostics = new();
    private readonly HashSet<(string Id, Location Location, Setting? Setting)> _seen = new();

    /// <summary>Reports on the fact's own location; <paramref name="compliant"/> is the value a fix writes, <see cref="Remove"/>, or null for no fix.</summary>
    public void Report(DiagnosticDescriptor descriptor, Fact fact, object? compliant, params object[] messageArgs)
        => Add(descriptor, fact.Location, fact.Setting, FixProperties(fact.Fix, compliant), messageArgs);

    /// <summary>Reports a setting the configuration lacks, on its anchor, with the fix that adds it.</summary>
    public void ReportMissing(DiagnosticDescriptor descriptor, ClientConfiguration configuration, Setting setting, object? compliant, params object[] messageArgs)
        => Add(descriptor, configuration.Anchor, setting, compliant is null ? null : FixProperties(configuration.FixForMissing(setting), compliant), messageArgs);

    /// <summary>Reports at a location with no fix.</summary>
    public void ReportAt(DiagnosticDescriptor descriptor, Location location, Setting? setting, params object[] messageArgs)
        => Add(descriptor, location, setting, null, messageArgs);

    /// <summary>The diagnostics, with FAPI2008 superseding FAPI2003 on the same code (a setting that is both).</summary>
    public IEnumerable<Diagnostic> Diagnostics()
    {
        var grantLocations = new HashSet<Location>();
        foreach (var (diagnostic, _) in _diagnostics)
        {
            if (diagnostic.Id == RuleIds.GrantType)
            {
                grantLocations.Add(diagnostic.Location);
            }
        }

        foreach (var (diagnostic, _) in _diagnostics)
        {
            if (diagnostic.Id == RuleIds.ResponseType && grantLocations.Contains(diagnostic.Location))
            {
                continue;
            }

            yield return diagnostic;
        }
    }

    private void Add(DiagnosticDescriptor descriptor, Location location, Setting? setting, ImmutableDictionary<string, string?>? properties, object[] messageArgs)
    {
        if (!_seen.Add((descriptor.Id, location, setting)))
        {
            return;
        }

        _diagnostics.Add((Diagnostic.Create(descriptor, location, properties ?? ImmutableDictionary<string, string?>.Empty, messageArgs), setting));
    }

    private static ImmutableDictionary<string, string?>? FixProperties(FixSite site, object? compliant)
    {
        if (compliant is null)
        {
            return null;
        }

        if (ReferenceEquals(compliant, Remove))
        {
            return site.RemoveKind == FixKind.None
                ? null
                : ImmutableDictionary<string, string?>.Empty.Add(FixKindProperty, site.RemoveKind.ToString()).Add(FixCodeProperty, "");
        }

        if (site.Kind == FixKind.None || site.Writer?.Invoke(compliant) is not { } code)
        {
            return null;
        }

        return ImmutableDictionary<string, string?>.Empty.Add(FixKindProperty, site.Kind.ToString()).Add(FixCodeProperty, code);
    }
}
