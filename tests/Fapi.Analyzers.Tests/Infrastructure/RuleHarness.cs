using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Fapi.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Fapi.Analyzers.Tests.Infrastructure;

/// <summary>
/// The rule layer of the tests: one rule run over a configuration built by hand (no library code, no engine), under
/// a profile given by its letter (B, A, S, M). Each finding is written as one line that a test compares whole:
/// <c>FAPI1002 TokenEndpointAuthMethod Code @TokenEndpointAuthMethod -> private_key_jwt</c>, that is the rule, the
/// setting, the origin of the judged fact, where it is reported, and the compliant value a fix may write
/// (<c>remove</c>, or <c>null</c> for none).
/// </summary>
internal static class RuleHarness
{
    public const string Profiles = "BASM";

    public static ProfileRequirements Profile(string letter) => letter switch
    {
        "B" => ProfileTable.Baseline,
        "A" => ProfileTable.Advanced,
        "S" => ProfileTable.Security,
        "M" => ProfileTable.MessageSigning,
        _ => throw new ArgumentException("profile letter B, A, S or M: " + letter),
    };

    /// <summary>A location that reads as <paramref name="label"/> in a verdict.</summary>
    public static Location At(string label) => Location.Create(label, new TextSpan(0, 0), new LinePositionSpan(default, default));

    /// <summary>The findings of one rule, run the way the host runs it (only on the roles the rule declares).</summary>
    public static List<Finding> Findings(string ruleId, ClientConfiguration configuration, ProfileRequirements profile)
    {
        var rule = RuleCatalog.All.Single(r => r.Descriptor.Id == ruleId);
        var reporter = new RuleReporter { Configuration = configuration };
        if (rule.AppliesTo(configuration.Kind))
        {
            rule.Check(configuration, profile, reporter);
        }

        return reporter.Findings().ToList();
    }

    /// <summary>The verdict lines of one rule on <paramref name="hand"/> under the profile with that letter.</summary>
    public static string[] Verdicts(string ruleId, Hand hand, string profile)
        => Findings(ruleId, hand.Configuration, Profile(profile)).Select(Line).ToArray();

    /// <summary>
    /// Asserts the verdict under one profile; <paramref name="expected"/> holds the lines separated by " | ", or is
    /// empty for no finding.
    /// </summary>
    public static void Expect(string ruleId, Hand hand, string profile, string expected)
        => Assert.Equal(expected.Length == 0 ? Array.Empty<string>() : expected.Split(" | "), Verdicts(ruleId, hand, profile));

    /// <summary>Asserts that the rule says nothing about <paramref name="hand"/> under any profile.</summary>
    public static void Silent(string ruleId, Hand hand)
    {
        foreach (var letter in Profiles)
        {
            Assert.True(Verdicts(ruleId, hand, letter.ToString()).Length == 0,
                ruleId + " reports under " + letter + ": " + string.Join(" | ", Verdicts(ruleId, hand, letter.ToString())));
        }
    }

    private static string Line(Finding finding)
        => finding.Descriptor.Id + " " + finding.Setting + " " + finding.Origin + " @" + finding.Location.GetLineSpan().Path + " -> " + Text(finding.Compliant);

    private static string Text(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        _ when ReferenceEquals(value, RuleReporter.Remove) => "remove",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}

/// <summary>
/// A configuration built by hand. Written facts are located at their setting's name (elements at their value);
/// defaults and limitations at the anchor, as the engine places them.
/// </summary>
internal sealed class Hand
{
    private Hand(ConfigurationKind kind, string? name)
    {
        Configuration = new ClientConfiguration(kind, RuleHarness.At("anchor"), _ => FixSite.None) { Name = name };
    }

    public ClientConfiguration Configuration { get; }

    public static Hand Client(string? name = null) => new(ConfigurationKind.Client, name);

    public static Hand Server() => new(ConfigurationKind.Server, null);

    /// <summary>A client of the authorization endpoint (the code grant), with nothing else known.</summary>
    public static Hand CodeClient() => Client().Add(Setting.GrantTypes, "authorization_code");

    public Hand Set(Setting setting, object value, FactOrigin origin = FactOrigin.Code, FixSite? fix = null)
    {
        var at = origin == FactOrigin.Code ? setting.ToString() : "anchor";
        Configuration.Set(new Fact(setting, value, RuleHarness.At(at), origin, fix ?? FixSite.None));
        return this;
    }

    public Hand Default(Setting setting, object value) => Set(setting, value, FactOrigin.LibraryDefault);

    public Hand Limitation(Setting setting, object value) => Set(setting, value, FactOrigin.LibraryLimitation);

    public Hand Add(Setting setting, params string[] values)
    {
        foreach (var value in values)
        {
            Configuration.AddElement(new Fact(setting, value, RuleHarness.At(value), FactOrigin.Code, FixSite.None));
        }

        return this;
    }

    public Hand Unknown(Setting setting)
    {
        Configuration.SetUnknown(setting);
        return this;
    }

    public Hand ServedBy(Hand server)
    {
        Configuration.Server = server.Configuration;
        return this;
    }
}
