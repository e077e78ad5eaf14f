using System.Collections.Generic;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>
/// Collects the findings of all rules for one block: one per rule per fact, with the compliant value a fix may write,
/// and the decided precedences between rules. Rules write no code: the host turns findings into diagnostics.
/// </summary>
internal sealed class RuleReporter
{
    /// <summary>A compliant value that means: remove the code that carries the fact.</summary>
    public static readonly object Remove = FixProperties.Remove;

    private readonly List<Finding> _findings = new();
    private readonly Dictionary<(string Id, Location Location, Setting? Setting), int> _seen = new();

    /// <summary>The configuration whose rules run now (set by the host).</summary>
    public ClientConfiguration? Configuration { get; set; }

    /// <summary>While one path of a conditional write is judged: only findings on that write count.</summary>
    public Location? OnlyAt { get; set; }

    /// <summary>Reports on the fact's own location; <paramref name="compliant"/> is the value a fix writes, <see cref="Remove"/>, or null for no fix.</summary>
    public void Report(DiagnosticDescriptor descriptor, Fact fact, object? compliant, params object[] messageArgs)
        => Add(new Finding(descriptor, fact.Location, fact.Setting, fact.Origin, fact.Note, fact.Fix, compliant, messageArgs, Configuration?.Name));

    /// <summary>Reports a setting the configuration lacks, on its anchor, with the fix that adds it.</summary>
    public void ReportMissing(DiagnosticDescriptor descriptor, ClientConfiguration configuration, Setting setting, object? compliant, params object[] messageArgs)
        => Add(new Finding(descriptor, configuration.Anchor, setting, FactOrigin.LibraryDefault, null,
            compliant is null ? FixSite.None : configuration.FixForMissing(setting), compliant, messageArgs, configuration.Name));

    /// <summary>Reports at a location with no fix.</summary>
    public void ReportAt(DiagnosticDescriptor descriptor, Location location, Setting? setting, params object[] messageArgs)
        => Add(new Finding(descriptor, location, setting, FactOrigin.Code, null, FixSite.None, null, messageArgs, Configuration?.Name));

    /// <summary>The findings, with FAPI2008 superseding FAPI2003 on the same code (a setting that is both).</summary>
    public IEnumerable<Finding> Findings()
    {
        var grantLocations = new HashSet<Location>();
        foreach (var finding in _findings)
        {
            if (finding.Descriptor.Id == RuleIds.GrantType)
            {
                grantLocations.Add(finding.Location);
            }
        }

        foreach (var finding in _findings)
        {
            if (finding.Descriptor.Id == RuleIds.ResponseType && grantLocations.Contains(finding.Location))
            {
                continue;
            }

            yield return finding;
        }
    }

    private void Add(Finding finding)
    {
        if (OnlyAt is { } only && !only.Equals(finding.Location))
        {
            return;
        }

        var key = (finding.Descriptor.Id, finding.Location, finding.Setting);
        if (_seen.TryGetValue(key, out var index))
        {
            // One write that applies to several clients (a loop, a shared helper) names none of them.
            if (_findings[index].Subject is { } subject && subject != finding.Subject)
            {
                _findings[index] = _findings[index].WithoutSubject();
            }

            return;
        }

        _seen.Add(key, _findings.Count);
        _findings.Add(finding);
    }
}

/// <summary>What one rule found: where, about which setting, the value a fix may write, and where the value came from.</summary>
internal sealed class Finding
{
    public Finding(DiagnosticDescriptor descriptor, Location location, Setting? setting, FactOrigin origin, string? note, FixSite fix, object? compliant, object[] messageArgs, string? subject)
    {
        Descriptor = descriptor;
        Location = location;
        Setting = setting;
        Origin = origin;
        Note = note;
        Fix = fix;
        Compliant = compliant;
        MessageArgs = messageArgs;
        Subject = subject;
    }

    public DiagnosticDescriptor Descriptor { get; }
    public Location Location { get; }
    public Setting? Setting { get; }
    public FactOrigin Origin { get; }
    public string? Note { get; }
    public FixSite Fix { get; }
    public object? Compliant { get; }
    public object[] MessageArgs { get; }
    /// <summary>The client's name, where the code states it.</summary>
    public string? Subject { get; }

    public Finding WithoutSubject() => new(Descriptor, Location, Setting, Origin, Note, Fix, Compliant, MessageArgs, null);
}
