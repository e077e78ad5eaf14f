using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Fapi.Analyzers.Bindings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// Where a JWT the code builds becomes a protocol message: the methods that write a client assertion or a request
/// object (<see cref="ProtocolSink"/>), and the team's methods those writes call, a few calls deep. A token built
/// anywhere else (a download link, a session cookie) is no FAPI message and is not judged. Found once per compilation,
/// only when a token is built.
/// </summary>
internal sealed class ProtocolReach
{
    private const int MaxDepth = 3;
    private readonly Lazy<(HashSet<ISymbol> Writers, HashSet<ISymbol> Called)> _index;

    public ProtocolReach(Compilation compilation, ImmutableArray<ProtocolSink> sinks)
        => _index = new Lazy<(HashSet<ISymbol>, HashSet<ISymbol>)>(() => Build(compilation, sinks), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when <paramref name="creation"/> stands in a method that writes a protocol message or that such a write calls.</summary>
    public bool Reaches(IOperation creation)
    {
        if (creation.SemanticModel?.GetEnclosingSymbol(creation.Syntax.SpanStart) is not { } enclosing)
        {
            return false;
        }

        var symbol = Owner(enclosing);
        var (writers, called) = _index.Value;
        return writers.Contains(symbol) || called.Contains(symbol.OriginalDefinition);
    }

    private static (HashSet<ISymbol>, HashSet<ISymbol>) Build(Compilation compilation, ImmutableArray<ProtocolSink> sinks)
    {
        var writers = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var called = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var frontier = new List<IOperation>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sink in sinks)
        {
            names.Add(sink.Member);
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var name in names)
            {
                // The spellings kept with each tree: only the writes and calls that name a sink are bound.
                foreach (var simple in Spellings.Names(tree, name))
                {
                    if (WriteOrCall(simple) is not { } node)
                    {
                        continue;
                    }

#pragma warning disable RS1030 // Protocol writes live in other trees than the token being judged.
                    model ??= compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                    if (model.GetOperation(node) is not { } operation || SinkValue(operation, sinks) is not { } value)
                    {
                        continue;
                    }

                    if (model.GetEnclosingSymbol(node.SpanStart) is { } writer)
                    {
                        writers.Add(Owner(writer));
                    }

                    frontier.Add(value);
                }
            }
        }

        // The team's methods the written values call, and the methods those call; an interface's or base's method
        // stands for the team's implementations of it.
        for (var depth = 0; depth < MaxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<IOperation>();
            foreach (var operation in frontier)
            {
                foreach (var invocation in operation.DescendantsAndSelf())
                {
                    if (invocation is IInvocationOperation { TargetMethod: var method } && IsTeams(method))
                    {
                        foreach (var target in Implementations(compilation, method.OriginalDefinition))
                        {
                            if (called.Add(target))
                            {
                                next.AddRange(Bodies(compilation, target));
                            }
                        }
                    }
                }
            }

            frontier = next;
        }

        return (writers, called);
    }

    /// <summary>The member a lambda or local function belongs to.</summary>
    internal static ISymbol Owner(ISymbol symbol)
    {
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } && symbol.ContainingSymbol is { } outer)
        {
            symbol = outer;
        }

        return symbol;
    }

    /// <summary>The assignment whose target a name is, or the call whose method it names (<c>m.Name = v</c>, <c>m.Name(k, v)</c>, <c>m?.Name(k, v)</c>).</summary>
    private static SyntaxNode? WriteOrCall(SimpleNameSyntax simple)
    {
        SyntaxNode named = simple.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == simple => access,
            MemberBindingExpressionSyntax binding when binding.Name == simple => binding,
            _ => simple,
        };
        return named.Parent switch
        {
            AssignmentExpressionSyntax assignment when assignment.Left == named => assignment,
            InvocationExpressionSyntax invocation when invocation.Expression == named => invocation,
            _ => null,
        };
    }

    /// <summary>The value a protocol write writes (a client assertion, a request object), or null.</summary>
    private static IOperation? SinkValue(IOperation operation, ImmutableArray<ProtocolSink> sinks)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when Matches(property.Property, sinks, null):
                return assignment.Value;
            case IInvocationOperation { Arguments.Length: 2 } call when Argument(call, 0)?.ConstantValue is { HasValue: true, Value: string key }
                                                                        && Matches(call.TargetMethod, sinks, key):
                return Argument(call, 1);
            default:
                return null;
        }
    }

    /// <summary>The argument of the parameter at <paramref name="ordinal"/> (named arguments may come in another order).</summary>
    private static IOperation? Argument(IInvocationOperation call, int ordinal)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static bool Matches(ISymbol member, ImmutableArray<ProtocolSink> sinks, string? key)
    {
        foreach (var sink in sinks)
        {
            if (sink.Member == member.Name && sink.Key == key)
            {
                for (var type = member.ContainingType; type is not null; type = type.BaseType)
                {
                    if (type.ToDisplayString() == sink.TypeName)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A method the team wrote (or declares: an interface whose implementations the name finds).</summary>
    private static bool IsTeams(IMethodSymbol method)
    {
        foreach (var location in method.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The method itself, or for an abstract, virtual or interface method the team's methods that implement it.</summary>
    private static IEnumerable<IMethodSymbol> Implementations(Compilation compilation, IMethodSymbol method)
    {
        yield return method;
        if (!(method.IsAbstract || method.IsVirtual || method.ContainingType.TypeKind == TypeKind.Interface))
        {
            yield break;
        }

        foreach (var symbol in compilation.GetSymbolsWithName(method.Name, SymbolFilter.Member))
        {
            if (symbol is IMethodSymbol candidate && !SymbolEqualityComparer.Default.Equals(candidate, method)
                && (SymbolEqualityComparer.Default.Equals(candidate.OverriddenMethod?.OriginalDefinition, method)
                    || SymbolEqualityComparer.Default.Equals(candidate.ContainingType.FindImplementationForInterfaceMember(method), candidate)))
            {
                yield return candidate;
            }
        }
    }

    private static IEnumerable<IOperation> Bodies(Compilation compilation, IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
#pragma warning disable RS1030 // The called method's body lives in its own tree.
            if (compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(reference.GetSyntax()) is { } body)
#pragma warning restore RS1030
            {
                yield return body;
            }
        }
    }
}
