using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// <c>configure(builder)</c>: a configured object handed to a delegate. Where the delegate's lambdas are in the code
/// (a local, the argument of the call a helper is followed from, or the arguments at every call of the helper), their
/// bodies are applied, one path per lambda when there are several; anywhere else, everything becomes unknown.
/// </summary>
internal sealed partial class Extractor
{
    private void FollowDelegate(ConfigurationSite site, IInvocationOperation invoke, IParameterSymbol parameter, int depth)
    {
        var lambdas = Lambdas(site, invoke.Instance);
        if (lambdas is null)
        {
            site.Configuration.ForgetAll();
            return;
        }

        var (relocation, resolver, reach) = (site.Relocation, site.Resolver, site.Reach);
        site.Relocation ??= ConfigurationSite.MethodNameLocation(invoke);
        if (lambdas.Count > 1)
        {
            site.Reach = Reach.Conditional;
        }

        foreach (var (lambda, lambdaResolver) in lambdas)
        {
            if (parameter.Ordinal >= lambda.Symbol.Parameters.Length)
            {
                site.Configuration.ForgetAll();
                continue;
            }

            var bound = lambda.Symbol.Parameters[parameter.Ordinal];
            site.Resolver = lambdaResolver;
            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is IParameterReferenceOperation use && SymbolEqualityComparer.Default.Equals(use.Parameter, bound))
                {
                    ApplyReference(site, use, bound, lambda.Body, depth + 1, null);
                }
            }
        }

        (site.Relocation, site.Resolver, site.Reach) = (relocation, resolver, reach);
    }

    /// <summary>The lambdas a delegate expression can be, each with the resolver of its block; null when some are unknown.</summary>
    private List<(IAnonymousFunctionOperation Lambda, ValueResolver Resolver)>? Lambdas(ConfigurationSite site, IOperation? target)
    {
        var result = new List<(IAnonymousFunctionOperation, ValueResolver)>();
        switch (target is null ? null : ValueResolver.Unwrap(target))
        {
            case IConditionalAccessInstanceOperation access:
                // configure?.Invoke(builder): the delegate is the conditional access's receiver.
                for (var parent = access.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IConditionalAccessOperation conditional)
                    {
                        return Lambdas(site, conditional.Operation);
                    }
                }

                return null;
            case ILocalReferenceOperation local when site.Resolver.Scope.SingleValue(local.Local) is { } value:
                return AddLambda(result, value, site.Resolver) ? result : null;
            case IParameterReferenceOperation parameter when site.Resolver.CallArguments?.For(parameter.Parameter) is { } argument:
                return AddLambda(result, argument.Value, argument.Resolver) ? result : null;
            case IParameterReferenceOperation parameter when parameter.Parameter.ContainingSymbol is IMethodSymbol helper
                && _bindings.CallSites.Calls(helper) is { Length: > 0 } calls:
                foreach (var call in calls)
                {
                    IOperation? passed = null;
                    foreach (var argument in call.Arguments)
                    {
                        if (argument.Parameter?.Ordinal == parameter.Parameter.Ordinal)
                        {
                            passed = argument.Value;
                        }
                    }

                    if (passed is null || !AddLambda(result, passed, new ValueResolver(_bindings, new BlockScope(ImmutableArray.Create(Top(call))))))
                    {
                        return null;
                    }
                }

                return result;
            default:
                return null;
        }
    }

    private static bool AddLambda(List<(IAnonymousFunctionOperation, ValueResolver)> result, IOperation value, ValueResolver resolver)
    {
        if (ValueResolver.Unwrap(value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
        {
            result.Add((lambda, resolver));
            return true;
        }

        // A null callback (configure?.Invoke never runs) adds nothing; anything else is code the engine cannot see.
        return value.ConstantValue is { HasValue: true, Value: null };
    }
}
