using System;
using System.Globalization;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>
/// S §5.3.2.1-13: the server shall accept JWTs whose iat or nbf lies up to 10 seconds in the future, and reject those
/// more than 60 seconds in the future: a tolerated clock skew from 10 to 60 seconds.
/// </summary>
internal sealed class FAPI4005_JwtClockSkew : Rule
{
    private const int MinSeconds = 10;
    private const int MaxSeconds = 60;

    public static readonly DiagnosticDescriptor Rule = Descriptors.Shall(
        RuleIds.JwtClockSkew,
        "JWT clock skew outside 10 to 60 seconds",
        "JWTs are accepted with a clock skew of {0} seconds, but {1} requires from 10 to 60 seconds ({2})",
        "Too little tolerance rejects honest clients with slightly fast clocks; too much accepts JWTs made long in advance.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override Roles Roles => Roles.Server;

    public override void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter)
    {
        if (!profile.ClockSkewBounded || configuration.Get(Setting.JwtClockSkew) is not { } fact || Seconds(fact.Value) is not { } seconds)
        {
            return;
        }

        if (seconds < MinSeconds || seconds > MaxSeconds)
        {
            // The fix writes the specification's own lower bound: every conformant client fits in it.
            reporter.Report(Rule, fact, MinSeconds, seconds.ToString("0.###", CultureInfo.InvariantCulture), profile.Key, profile.ClockSkewClause);
        }
    }

    private static double? Seconds(object value) => value switch
    {
        TimeSpan span => span.TotalSeconds,
        int or long or double => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => null,
    };
}
