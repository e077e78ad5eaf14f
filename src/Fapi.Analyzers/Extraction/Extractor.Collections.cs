using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// Configurations held by a local container: a list or array of clients (initializer, <c>Add</c>, a LINQ projection),
/// or an object of the team's that wraps a client. Uses of the container reach its members: <c>foreach</c>,
/// <c>ForEach(c =&gt; ...)</c>, an element by index, a wrapper's property. A use that may not reach every member (a
/// filtered sequence, one element by index) holds on some paths only.
/// </summary>
internal sealed partial class Extractor
{
    /// <summary>The local container a configuration ends in, or null.</summary>
    private ILocalSymbol? CollectionOf(IOperation end)
    {
        var current = Outer(end);
        switch (current.Parent)
        {
            case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add", Instance: ILocalReferenceOperation list } }:
                return list.Local;
            case IArgumentOperation { Parent: IObjectCreationOperation wrapper } when wrapper.Type is { } type && !_bindings.IsConfigurable(type)
                && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _bindings.Compilation.Assembly):
                // new ServiceAccount("x", new Client { ... }): the team's wrapper may hand the client out again.
                return LocalOf(wrapper);
            default:
                return CollectionCreation(current) is { } creation ? LocalOf(creation) : null;
        }
    }

    /// <summary>The collection a configuration is an element of where it is created: a list or array initializer, a LINQ projection.</summary>
    private static IOperation? CollectionCreation(IOperation current)
    {
        switch (current.Parent)
        {
            case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add", Instance: IInstanceReferenceOperation, Parent: IObjectOrCollectionInitializerOperation initializer } }:
                return initializer.Parent;
            case IArrayInitializerOperation { Parent: IArrayCreationOperation array }:
                return array;
            case IArrayInitializerOperation braces when braces.Parent is IFieldInitializerOperation or IVariableInitializerOperation:
                // static readonly Client[] Clients = { ... };
                return braces;
            case IReturnOperation { Parent: IBlockOperation { Parent: IAnonymousFunctionOperation lambda } }
                when lambda.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation projection } } && IsLinq(projection.TargetMethod):
                // ids.Select(id => new Client { ... }).ToList(): every element is this configuration.
                return projection;
            default:
                return null;
        }
    }

    /// <summary>
    /// The team's member that hands out the collection a configuration is an element of (a static property or field,
    /// a method that returns it): its users may go on configuring every element, in a loop.
    /// </summary>
    private static ISymbol? SharedCollectionOf(IOperation end)
        => CollectionCreation(Outer(end)) is { } creation ? MemberHandingOut(creation) : null;

    /// <summary>The static field, property or method whose value is <paramref name="collection"/> (through LINQ materialization).</summary>
    private static ISymbol? MemberHandingOut(IOperation collection)
    {
        var current = Outer(collection);
        while (current.Parent is IArgumentOperation { Parent: IInvocationOperation linq } argument && argument.Parameter?.Ordinal == 0 && IsLinq(linq.TargetMethod))
        {
            current = Outer(linq);
        }

        switch (current.Parent)
        {
            case IReturnOperation when current.SemanticModel?.GetEnclosingSymbol(current.Syntax.SpanStart) is IMethodSymbol method:
                return method.MethodKind switch
                {
                    MethodKind.PropertyGet => method.AssociatedSymbol,
                    MethodKind.Ordinary => method,
                    _ => null,
                };
            case IFieldInitializerOperation { InitializedFields.Length: 1 } field:
                return field.InitializedFields[0];
            case IPropertyInitializerOperation { InitializedProperties.Length: 1 } property:
                return property.InitializedProperties[0];
            default:
                return null;
        }
    }

    /// <summary>
    /// The users of a member that hands out configurations (<see cref="SharedCollectionOf"/>): each one's loops,
    /// <c>ForEach</c> and locals reach every element. Their writes are located at each configuration, without a fix.
    /// </summary>
    private void ApplyCollectionUsers(List<(ConfigurationSite Site, ISymbol Member)> shared)
    {
        var byMember = new Dictionary<ISymbol, List<ConfigurationSite>>(SymbolEqualityComparer.Default);
        foreach (var (site, member) in shared)
        {
            if (!byMember.TryGetValue(member, out var sites))
            {
                byMember.Add(member, sites = new List<ConfigurationSite>());
            }

            if (!sites.Contains(site))
            {
                sites.Add(site);
            }
        }

        foreach (var pair in byMember)
        {
            if (_bindings.CallSites.Uses(pair.Key) is not { Length: > 0 } uses)
            {
                continue;
            }

            var members = pair.Value;
            var saved = new List<(Location?, ValueResolver, Reach)>(members.Count);
            foreach (var site in members)
            {
                saved.Add((site.Relocation, site.Resolver, site.Reach));
                site.Relocation ??= site.Configuration.Anchor;
                if (uses.Length > 1)
                {
                    site.Reach = Reach.Conditional;
                }
            }

            foreach (var use in uses)
            {
                ApplyUser(members, use);
            }

            for (var i = 0; i < members.Count; i++)
            {
                (members[i].Relocation, members[i].Resolver, members[i].Reach) = saved[i];
            }
        }
    }

    private void ApplyUser(List<ConfigurationSite> members, IOperation use)
    {
        var top = Top(use);
        var scope = new BlockScope(System.Collections.Immutable.ImmutableArray.Create(top));
        foreach (var site in members)
        {
            site.Resolver = new ValueResolver(_bindings, scope);
        }

        var locals = new Dictionary<ILocalSymbol, List<Tracked>>(SymbolEqualityComparer.Default);
        foreach (var loop in scope.ForEachLoops)
        {
            // foreach (var client in Config.Clients) ...
            if (ReferenceEquals(Source(loop.Collection, out var mayMiss), use) && loop.LoopControlVariable is IVariableDeclaratorOperation { Symbol: { } variable })
            {
                foreach (var site in members)
                {
                    Add(locals, variable, new Tracked(site, loop.Body, mayMiss));
                }
            }
        }

        ApplyForEach(members, use, top);
        if (LocalOf(use) is { } local)
        {
            TrackCollectionUses(scope, new Dictionary<ILocalSymbol, List<ConfigurationSite>>(SymbolEqualityComparer.Default) { [local] = members }, locals);
        }

        if (locals.Count > 0)
        {
            ApplyLaterEdits(scope, locals, new List<(ConfigurationSite, IMethodSymbol)>(), null);
        }
    }

    /// <summary>The operation a sequence starts from, through LINQ steps, and whether the steps may leave members out.</summary>
    private static IOperation Source(IOperation sequence, out bool mayMiss)
    {
        mayMiss = false;
        var current = ValueResolver.Unwrap(sequence);
        while (current is IInvocationOperation linq && IsLinq(linq.TargetMethod) && linq.Arguments.Length > 0)
        {
            mayMiss |= !KeepsAll(linq.TargetMethod);
            current = ValueResolver.Unwrap(linq.Arguments[0].Value);
        }

        return current;
    }

    /// <summary>The local a value is stored in, through LINQ materialization (ToList, ToArray) and conversions.</summary>
    private static ILocalSymbol? LocalOf(IOperation? value)
    {
        var current = value is null ? null : Outer(value);
        while (current?.Parent is IArgumentOperation { Parent: IInvocationOperation linq } argument && argument.Parameter?.Ordinal == 0 && IsLinq(linq.TargetMethod))
        {
            current = Outer(linq);
        }

        return current?.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } ? declarator.Symbol : null;
    }

    private static IOperation Outer(IOperation operation)
    {
        var current = operation;
        while (current.Parent is IConversionOperation)
        {
            current = current.Parent;
        }

        return current;
    }

    private static bool IsLinq(IMethodSymbol method)
        => method.IsExtensionMethod && method.ContainingNamespace?.ToDisplayString() == "System.Linq";

    /// <summary>LINQ steps that keep every element (the others may drop some).</summary>
    private static bool KeepsAll(IMethodSymbol method)
        => method.Name is "ToList" or "ToArray" or "AsEnumerable" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending"
            or "Reverse" or "Concat" or "Append" or "Prepend" or "ToHashSet";

    /// <summary>The container local a sequence comes from, and whether the sequence may leave members out.</summary>
    private static ILocalSymbol? Container(IOperation sequence, out bool mayMiss)
        => (Source(sequence, out mayMiss) as ILocalReferenceOperation)?.Local;

    /// <summary>Every use of the containers that reaches their members.</summary>
    /// <param name="shared">Receives the members of a container the block hands out (returns), for its users; null to ignore.</param>
    private void TrackCollectionUses(BlockScope scope, Dictionary<ILocalSymbol, List<ConfigurationSite>> containers, Dictionary<ILocalSymbol, List<Tracked>> locals,
        List<(ConfigurationSite Site, ISymbol Member)>? shared = null)
    {
        foreach (var loop in scope.ForEachLoops)
        {
            if (Container(loop.Collection, out var mayMiss) is { } local && containers.TryGetValue(local, out var members)
                && loop.LoopControlVariable is IVariableDeclaratorOperation { Symbol: { } variable })
            {
                foreach (var member in members)
                {
                    Add(locals, variable, new Tracked(member, loop.Body, mayMiss));
                }
            }
        }

        foreach (var reference in scope.References)
        {
            if (!containers.TryGetValue(reference.Local, out var members))
            {
                continue;
            }

            var anchor = Top(reference);
            switch (reference.Parent)
            {
                case IPropertyReferenceOperation { Property.IsIndexer: true } element when ReferenceEquals(element.Instance, reference):
                    ApplyToElements(members, element, anchor, mayMiss: true);
                    break;
                case IArrayElementReferenceOperation element when ReferenceEquals(element.ArrayReference, reference):
                    ApplyToElements(members, element, anchor, mayMiss: true);
                    break;
                case IPropertyReferenceOperation wrapped when ReferenceEquals(wrapped.Instance, reference) && _bindings.Model(wrapped.Type) is not null:
                    // account.Client.X = ...: the wrapper's client may or may not be this one.
                    ApplyToElements(members, wrapped, anchor, mayMiss: true);
                    break;
                default:
                    ApplyForEach(members, reference, anchor);
                    if (shared is not null && MemberHandingOut(reference) is { } member)
                    {
                        foreach (var site in members)
                        {
                            shared.Add((site, member));
                        }
                    }

                    break;
            }
        }
    }

    /// <summary><c>clients.ForEach(c =&gt; ...)</c>, also after LINQ steps: the lambda's parameter is each member.</summary>
    private void ApplyForEach(List<ConfigurationSite> members, IOperation reference, IOperation anchor)
    {
        var current = Outer(reference);
        var mayMiss = false;
        while (current.Parent is IArgumentOperation { Parent: IInvocationOperation linq } argument && argument.Parameter?.Ordinal == 0 && IsLinq(linq.TargetMethod))
        {
            mayMiss |= !KeepsAll(linq.TargetMethod);
            current = Outer(linq);
        }

        if (current.Parent is not IInvocationOperation { TargetMethod.Name: "ForEach", Arguments.Length: 1 } forEach || !ReferenceEquals(forEach.Instance, current)
            || ValueResolver.Unwrap(forEach.Arguments[0].Value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol.Parameters.Length: 1 } lambda })
        {
            return;
        }

        var parameter = lambda.Symbol.Parameters[0];
        foreach (var member in members)
        {
            var reach = member.Reach;
            if (mayMiss || Reaches.Classify(forEach, anchor) == Reach.Conditional)
            {
                member.Reach = Reach.Conditional;
            }

            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is IParameterReferenceOperation use && SymbolEqualityComparer.Default.Equals(use.Parameter, parameter))
                {
                    ApplyReference(member, use, parameter, lambda.Body, 0, null);
                }
            }

            member.Reach = reach;
        }
    }

    /// <summary>A write through an element (<c>clients[i].X = v</c>, <c>account.Client.X = v</c>) applied to each member it may reach.</summary>
    private static void ApplyToElements(List<ConfigurationSite> members, IOperation element, IOperation anchor, bool mayMiss)
    {
        if (Reaches.Classify(element, anchor) == Reach.DevelopmentOnly)
        {
            return;
        }

        IOperation top = element;
        string? path = null;
        while (top.Parent is IPropertyReferenceOperation property && ReferenceEquals(property.Instance, top))
        {
            path = path is null ? property.Property.Name : path + "." + property.Property.Name;
            top = property;
        }

        if (path is null)
        {
            return;
        }

        foreach (var member in members)
        {
            var reach = member.Reach;
            if (mayMiss)
            {
                member.Reach = Reach.Conditional;
            }

            member.ApplyUseOf(path, top);
            member.Reach = reach;
        }
    }
}
