using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Rules;

/// <summary>A pure check of one configuration against one profile; it knows no library.</summary>
internal abstract class Rule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract void Check(ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter);
}
