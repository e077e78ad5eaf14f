using System;
using System.Collections.Generic;
using Fapi.Analyzers.Bindings;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>How a configuration was created, which decides how a fix adds a missing setting.</summary>
internal enum SiteKind
{
    /// <summary><c>new Client { ... }</c>: add an initializer member.</summary>
    Creation,
    /// <summary><c>ClientBuilder.BuildX(...)...</c>: add a fluent call.</summary>
    Chain,
    /// <summary><c>AddSidIdentityServer(o => ...)</c>: add an assignment in the lambda.</summary>
    Registration,
    /// <summary>A section of a configuration file (appsettings.json): add a member to its object.</summary>
    File,
}

/// <summary>
/// One configuration being extracted: the facts so far, and how each kind of code that wrote them can be rewritten.
/// Turns bindings plus operations into facts; knows no rule.
/// </summary>
internal sealed class ConfigurationSite
{
    private readonly BoundBindings _bindings;
    private CodeWriter? _codeWriter;

    /// <summary>Writes C# for fixes; created on first use (a configuration file has no syntax tree).</summary>
    private CodeWriter _writer => _codeWriter ??= new CodeWriter(_bindings, Configuration.Anchor.SourceTree!);

    public ConfigurationSite(BoundBindings bindings, SiteKind kind, ConfigurationKind configurationKind, BoundModel? model, ITypeSymbol? builderType, Location anchor, ValueResolver resolver)
    {
        _bindings = bindings;
        Kind = kind;
        Model = model;
        BuilderType = builderType;
        Resolver = resolver;
        Configuration = new ClientConfiguration(configurationKind, anchor, FixForMissing) { Library = model?.Library.Name };
    }

    public SiteKind Kind { get; }

    /// <summary>An options-pattern registration (Configure&lt;T&gt;): it writes to the options the library registered.</summary>
    public bool IsOptionsRegistration { get; set; }

    /// <summary>How a fix adds a missing setting where the source is not C# (a configuration file).</summary>
    public Func<Setting, FixSite>? MissingFix { get; set; }

    /// <summary>Options bound from a configuration section (Configure&lt;T&gt;(section)): the section's file decides what they hold.</summary>
    public bool BindsSection { get; set; }

    /// <summary>PostConfigure&lt;T&gt;: runs after every Configure.</summary>
    public bool IsPostConfigure { get; set; }

    /// <summary>
    /// The options instance a registration configures (an authentication scheme; "" for unnamed options); null for
    /// every instance (ConfigureAll), <see cref="UnknownName"/> when the code does not say.
    /// </summary>
    public string? OptionsName { get; set; } = "";

    /// <summary>The code of the registration (its call, or an options class's method): what it writes lies inside.</summary>
    public Location? Extent { get; set; }

    /// <summary>True when <paramref name="location"/> lies in this registration's code.</summary>
    public bool Covers(Location location)
        => Extent is { } extent && location.SourceTree == extent.SourceTree && extent.SourceSpan.Contains(location.SourceSpan);

    /// <summary>For an options class read for one name: the name parameter's value, which decides its branches.</summary>
    public NameGuard? Guard { get; set; }

    /// <summary>An options name the engine cannot know.</summary>
    public const string UnknownName = "\0?";

    /// <summary>True for a name the code does not tell: <see cref="UnknownName"/>, or the same followed by the name's known beginning.</summary>
    public static bool IsUnknownName(string? name) => name is not null && name.StartsWith(UnknownName, StringComparison.Ordinal);

    /// <summary>True when the name a pattern stands for may be <paramref name="known"/> (it begins as the pattern says).</summary>
    public static bool MayBe(string pattern, string known)
        => !IsUnknownName(pattern) ? pattern == known : known.Length > 0 && known.StartsWith(pattern.Substring(UnknownName.Length), StringComparison.Ordinal);

    /// <summary>Evidence found in the code that configures this object (<see cref="Bindings.Evidence"/>), with where it was found.</summary>
    public List<(Evidence Evidence, Location Location)> Evidence { get; } = new();
    public BoundModel? Model { get; }
    public ITypeSymbol? BuilderType { get; }
    public ValueResolver Resolver { get; set; }
    public ClientConfiguration Configuration { get; }

    /// <summary>How the code being applied runs: a conditional write is one path's value, not the configuration's.</summary>
    public Reach Reach { get; set; }

    /// <summary>
    /// Set while a team's helper is applied: its facts are located at the helper's call in the analyzed code (the helper
    /// serves other callers too) and carry no fix.
    /// </summary>
    public Location? Relocation { get; set; }
    public LibraryBinding? Library => Model?.Library;

    /// <param name="whose">Whose default it is, for messages: the library's, or a builder entry's own choice.</param>
    public void ApplyDefaults(System.Collections.Immutable.ImmutableArray<SettingValue> defaults, string whose = "library default")
    {
        foreach (var value in defaults)
        {
            // A default collection is fixed by setting the whole collection (where the writer can write one).
            var fact = new Fact(value.Setting, value.Value, Configuration.Anchor, FactOrigin.LibraryDefault, FixForMissing(value.Setting), whose, Describe);
            if (Settings.IsCollection(value.Setting))
            {
                Configuration.AddElement(fact);
            }
            else
            {
                Configuration.Set(fact);
            }
        }
    }

    /// <summary>Whose default decided, and what sets it instead: "library default; set X" or "...; call X(...)".</summary>
    public string DefaultNote(Setting setting, string whose = "library default")
        => What(setting) is { } what ? whose + "; " + what : whose;

    /// <summary><see cref="DefaultNote"/> as one delegate per site, shared by its default facts.</summary>
    public Func<Setting, string, string?> Describe => _describe ??= DefaultNote;

    private Func<Setting, string, string?>? _describe;

    private string? What(Setting setting)
        => _bindings.Text((Kind, BuilderType, Model?.Type, setting), () => ComputeWhat(setting));

    private string? ComputeWhat(Setting setting)
    {
        // A chain's builder, or a registration's builder lambda (options.RequireProofKeyForCodeExchange()).
        var builder = Kind == SiteKind.Chain ? BuilderType : Kind == SiteKind.Registration ? Model?.Type : null;
        foreach (var call in _bindings.CallsOn(builder))
        {
            foreach (var effect in call.Effects)
            {
                if (effect.Setting == setting && (effect.Kind == EffectKind.SetFromArgument || (effect.Kind == EffectKind.Set && Kind == SiteKind.Registration)))
                {
                    return "call " + call.Method + (effect.Kind == EffectKind.Set ? "()" : "(...)");
                }
            }
        }

        return Model?.PropertyFor(setting) is { } property ? "set " + property.Member : null;
    }

    /// <summary>A property written with <c>path = value</c> (initializer member or later assignment).</summary>
    public void ApplyMember(string path, IOperation value, ITypeSymbol? targetType)
    {
        if (Model is null || !Model.ByMember.TryGetValue(path, out var properties))
        {
            // A nested options object created in place (o.Tokens = new TokenOptions { ... }) or in a local before.
            if (Model is not null && Model.HasPathsUnder(path))
            {
                ApplyNestedObject(path, value);
            }

            return;
        }

        // cond ? a : b writes a on one path and b on the other; a switch expression writes one arm per path.
        switch (ValueResolver.Unwrap(value))
        {
            case IConditionalOperation { WhenFalse: { } whenFalse } ternary:
                ApplyPaths(path, targetType, ternary.WhenTrue, whenFalse);
                return;
            case ISwitchExpressionOperation choice:
                var arms = new IOperation[choice.Arms.Length];
                for (var i = 0; i < arms.Length; i++)
                {
                    arms[i] = choice.Arms[i].Value;
                }

                ApplyPaths(path, targetType, arms);
                return;
        }

        foreach (var property in properties)
        {
            ApplyMember(property, value, targetType);
        }
    }

    private void ApplyMember(PropertyBinding property, IOperation value, ITypeSymbol? targetType)
    {
        if (property.WhenWritten is { } whenWritten)
        {
            // Only an explicit null writes nothing; any other value, known or not, is the fact.
            if (value.ConstantValue is { HasValue: true, Value: null })
            {
                Configuration.SetUnknown(property.Setting);
            }
            else
            {
                Put(NewFact(property.Setting, whenWritten, value.Syntax.GetLocation(), FactOrigin.Code, FixSite.None));
            }

            return;
        }

        if (!property.SkipsWhenReturning.IsDefaultOrEmpty)
        {
            // A delegate that only parses the token skips what it replaces: removing it restores the library's check.
            if (ReturnsUnvalidated(value, property.SkipsWhenReturning))
            {
                Put(NewFact(property.Setting, false, value.Syntax.GetLocation(), FactOrigin.Code, new FixSite(FixKind.None, null, FixKind.RemoveElement)));
            }

            return;
        }

        if (property.SingleElement)
        {
            ApplySingleElement(property, value, targetType);
            return;
        }

        if (property.KeySetting is { } keys && KeyResolver.TryResolve(value, Resolver.Scope, out var key))
        {
            PutElement(NewFact(keys, key, value.Syntax.GetLocation(), FactOrigin.Code, FixSite.None));
        }

        if (property.IsCollection)
        {
            AddToSet(property, Resolver.ResolveElements(value, out var complete), complete, value.Syntax.GetLocation(), replace: true);
            return;
        }

        if (!Resolver.TryResolve(value, out var written) || property.Read(written) is not { } factValue)
        {
            Configuration.SetUnknown(property.Setting);
            return;
        }

        var setting = property.Setting;
        Put(NewFact(setting, factValue, value.Syntax.GetLocation(), FactOrigin.Code, ValueFix(value, targetType, setting, property.Write)));
        Relocate(setting, value);
    }

    /// <summary>
    /// How a written value is rewritten: replaced in place, or removed with its member. A value through a parameter is
    /// the caller's, and a library object (credentials) is not the value it stands for: no replacement there.
    /// </summary>
    private FixSite ValueFix(IOperation value, ITypeSymbol? targetType, Setting setting, Func<object, object?> write)
    {
        var unwrapped = ValueResolver.Unwrap(value);
        if (unwrapped is IParameterReferenceOperation)
        {
            return FixSite.None;
        }

        return _bindings.ObjectValue(unwrapped.Type) is not null
            ? new FixSite(FixKind.None, null, FixKind.RemoveElement)
            : new FixSite(FixKind.ReplaceExpression, v => write(v) is { } code ? _writer.Expression(code, targetType, value, setting) : null, FixKind.RemoveElement);
    }

    /// <summary>
    /// A library object created in place stands for a value written inside it: the fact moves there, where the fix
    /// replaces just that value (the algorithm argument of <c>new SigningCredentials(key, ...)</c>).
    /// </summary>
    private void Relocate(Setting setting, IOperation value)
    {
        if (Relocation is null && Reach == Reach.Always && Resolver.ObjectValueSource(value) is { } source && Configuration.Get(setting) is { } fact
            && Resolver.TryResolve(source, out var written) && Equals(written, fact.Value))
        {
            // Only replaced: the argument cannot go without its constructor's.
            var fix = ValueResolver.Unwrap(source) is IParameterReferenceOperation ? FixSite.None
                : new FixSite(FixKind.ReplaceExpression, v => v is string ? _writer.Expression(v, source.Type, source, setting) : null);
            Configuration.Set(new Fact(setting, fact.Value, source.Syntax.GetLocation(), FactOrigin.Code, fix));
        }
    }

    private void ApplyPaths(string path, ITypeSymbol? targetType, params IOperation[] values)
    {
        var reach = Reach;
        Reach = Reach.Conditional;
        foreach (var value in values)
        {
            ApplyMember(path, value, targetType);
        }

        Reach = reach;
    }

    /// <summary>
    /// <c>o.Parameters = new Parameters { ... }</c>, or a local created so and edited before: its initializer and the
    /// assignments through the local, under <paramref name="path"/>.
    /// </summary>
    private void ApplyNestedObject(string path, IOperation value)
    {
        switch (ValueResolver.Unwrap(value))
        {
            case IObjectCreationOperation creation:
                if (creation.Initializer is { } nested)
                {
                    ApplyNestedInitializer(nested, path + ".");
                }

                break;
            case ILocalReferenceOperation local when Resolver.Scope.SingleValue(local.Local) is IObjectCreationOperation creation:
                ApplyNestedObject(path, creation);
                var reach = Reach;
                foreach (var reference in Resolver.Scope.References)
                {
                    if (SymbolEqualityComparer.Default.Equals(reference.Local, local.Local)
                        && reference.Parent is IPropertyReferenceOperation { Parent: ISimpleAssignmentOperation assignment } member
                        && ReferenceEquals(assignment.Target, member))
                    {
                        // An edit under a condition is one path's value; one in development only is not deployed.
                        var edit = Reaches.Classify(reference, creation);
                        if (edit != Reach.DevelopmentOnly)
                        {
                            Reach = edit == Reach.Conditional ? Reach.Conditional : reach;
                            ApplyMember(path + "." + member.Property.Name, assignment.Value, member.Type);
                        }
                    }
                }

                Reach = reach;
                break;
        }
    }

    /// <summary>True for a lambda whose every returned value is a token of <paramref name="types"/> made from its first parameter.</summary>
    private static bool ReturnsUnvalidated(IOperation value, System.Collections.Immutable.ImmutableArray<string> types)
    {
        if (ValueResolver.Unwrap(value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } || lambda.Symbol.Parameters.Length == 0)
        {
            return false;
        }

        var returned = 0;
        foreach (var operation in lambda.Body.Descendants())
        {
            if (operation is not IReturnOperation { ReturnedValue: { } result })
            {
                continue;
            }

            returned++;
            if (ValueResolver.Unwrap(result) is not IObjectCreationOperation { Type: { } type, Arguments.Length: > 0 } creation
                || types.IndexOf(type.ToDisplayString()) < 0
                || ValueResolver.Unwrap(creation.Arguments[0].Value) is not IParameterReferenceOperation parameter
                || !SymbolEqualityComparer.Default.Equals(parameter.Parameter, lambda.Symbol.Parameters[0]))
            {
                return false;
            }
        }

        return returned > 0;
    }

    /// <summary>
    /// A scalar member holding a collection's only element ("code id_token"): each token is judged; its fix writes the
    /// whole value (a compliant one, or the combination without the token).
    /// </summary>
    private void ApplySingleElement(PropertyBinding property, IOperation value, ITypeSymbol? targetType)
    {
        var setting = property.Setting;
        Clear(setting);
        if (!Resolver.TryResolve(value, out var written) || written is not string combined)
        {
            Configuration.AddUnknownElement(setting);
            return;
        }

        var tokens = combined.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        foreach (var token in tokens)
        {
            var rest = string.Join(" ", System.Array.FindAll(tokens, t => t != token));
            var fix = ValueResolver.Unwrap(value) is IParameterReferenceOperation ? FixSite.None : new FixSite(FixKind.ReplaceExpression,
                v => v is string whole ? _writer.Expression(whole, targetType, value, setting)
                    : ReferenceEquals(v, FixProperties.Remove) && rest.Length > 0 ? _writer.Expression(rest, targetType, value, setting) : null,
                FixKind.ReplaceExpression);
            var fact = NewFact(setting, token, value.Syntax.GetLocation(), FactOrigin.Code, fix);
            if (Reach == Reach.Always)
            {
                Configuration.AddElement(fact);
            }
            else
            {
                Configuration.AddConditionalElement(fact, replaces: true);
            }
        }
    }

    /// <summary>The members of an object initializer under <paramref name="prefix"/> ("Tokens.").</summary>
    public void ApplyNestedInitializer(IObjectOrCollectionInitializerOperation initializer, string prefix)
    {
        foreach (var member in initializer.Initializers)
        {
            switch (member)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    ApplyMember(prefix + property.Property.Name, assignment.Value, property.Type);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property, Initializer: { } nested }:
                    var path = prefix + property.Property.Name;
                    if (Model is not null && Model.ByMember.ContainsKey(path))
                    {
                        ApplyCollectionInitializer(path, nested);
                    }
                    else
                    {
                        ApplyNestedInitializer(nested, path + ".");
                    }

                    break;
            }
        }
    }

    /// <summary><c>ResponseTypes = { "code" }</c> inside an object initializer adds to the collection.</summary>
    public void ApplyCollectionInitializer(string path, IObjectOrCollectionInitializerOperation initializer)
    {
        if (Model is null || !Model.ByMember.TryGetValue(path, out var properties))
        {
            return;
        }

        var elements = new List<ElementValue>();
        var complete = Resolver.CollectInitializer(initializer, elements);
        foreach (var property in properties)
        {
            if (property.IsCollection)
            {
                AddToSet(property, elements, complete, initializer.Syntax.GetLocation(), replace: false);
            }
        }
    }

    /// <summary>
    /// Elements the code puts in a bound set (an initializer, an Add, a UnionWith, or a new set when
    /// <paramref name="replace"/>): each element as a fact of the setting, or the membership of the binding's element.
    /// </summary>
    private void AddToSet(PropertyBinding property, List<ElementValue> elements, bool complete, Location where, bool replace)
    {
        var setting = property.Setting;
        if (property.Element is { } wanted)
        {
            foreach (var element in elements)
            {
                if (element.Value is string value && value == wanted)
                {
                    Put(NewFact(setting, true, element.Operation.Syntax.GetLocation(), FactOrigin.Code, new FixSite(FixKind.None, null, element.IsInline ? FixKind.RemoveElement : FixKind.None)));
                    return;
                }
            }

            if (!complete || elements.Exists(e => e.Value is not string))
            {
                Configuration.SetUnknown(setting);
            }
            else if (replace)
            {
                Put(NewFact(setting, false, where, FactOrigin.Code, FixSite.None));
            }

            return;
        }

        if (replace)
        {
            Clear(setting);
        }
        else if (property.EmptyMeansDefault)
        {
            Configuration.RemoveDefaultElements(setting);
        }

        AddElements(setting, elements, property);
        if (!complete)
        {
            Configuration.AddUnknownElement(setting);
        }
    }

    /// <summary>What the code does at the end of a property path (<paramref name="top"/>): assign it, or edit its collection.</summary>
    public void ApplyUseOf(string path, IOperation top)
    {
        switch (top.Parent)
        {
            case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Target, top):
                ApplyMember(path, assignment.Value, top.Type);
                break;
            case IInvocationOperation edit when ReferenceEquals(edit.Instance, top):
                ApplyCollectionEdit(path, edit);
                break;
        }
    }

    /// <summary><c>client.ResponseTypes.Add("token")</c>, <c>Remove</c> and <c>Clear</c>.</summary>
    public void ApplyCollectionEdit(string path, IInvocationOperation edit)
    {
        if (Model is null || !Model.ByMember.TryGetValue(path, out var properties))
        {
            return;
        }

        foreach (var property in properties)
        {
            if (property.IsCollection)
            {
                ApplyCollectionEdit(property, edit);
            }
        }
    }

    private void ApplyCollectionEdit(PropertyBinding property, IInvocationOperation edit)
    {
        var setting = property.Setting;
        if (property.EmptyMeansDefault)
        {
            Configuration.RemoveDefaultElements(setting);
        }

        switch (edit.TargetMethod.Name)
        {
            case "Add" when edit.Arguments.Length == 1:
                var element = edit.Arguments[0].Value;
                var value = Resolver.TryResolve(element, out var written) ? written : null;
                // The argument is replaced in place, or its Add statement removed.
                var elements = new List<ElementValue> { new(element, value, isInline: true) };
                if (property.Element is not null || property.Prefix is not null)
                {
                    AddToSet(property, elements, complete: true, edit.Syntax.GetLocation(), replace: false);
                    break;
                }

                if (value is not null && property.Read(value) is { } added)
                {
                    PutElement(NewFact(setting, added, element.Syntax.GetLocation(), FactOrigin.Code, new FixSite(FixKind.None, null, FixKind.RemoveElement)));
                }
                else
                {
                    Configuration.AddUnknownElement(setting);
                }

                break;
            case "UnionWith" or "AddRange" when edit.Arguments.Length == 1:
                AddToSet(property, Resolver.ResolveElements(edit.Arguments[0].Value, out var complete), complete, edit.Syntax.GetLocation(), replace: false);
                break;
            case "Remove" when edit.Arguments.Length == 1:
                object? removed = null;
                var known = Reach == Reach.Always && Resolver.TryResolve(edit.Arguments[0].Value, out removed) && removed is string;
                if (property.Element is { } wanted)
                {
                    if (!known || Equals(removed, wanted))
                    {
                        Put(NewFact(setting, false, edit.Syntax.GetLocation(), FactOrigin.Code, FixSite.None));
                        if (!known)
                        {
                            Configuration.SetUnknown(setting);
                        }
                    }
                }
                else if (known && property.Read(removed!) is string text)
                {
                    Configuration.RemoveElement(setting, text);
                }
                else if (!(known && property.Prefix is not null))
                {
                    Configuration.AddUnknownElement(setting);
                }

                break;
            case "Clear":
                if (property.Element is not null)
                {
                    Put(NewFact(setting, false, edit.Syntax.GetLocation(), FactOrigin.Code, FixSite.None));
                }
                else
                {
                    Clear(setting);
                }

                break;
            default:
                if (property.Element is not null)
                {
                    Configuration.SetUnknown(setting);
                }
                else
                {
                    Configuration.AddUnknownElement(setting);
                }

                break;
        }
    }

    /// <summary>A bound call: each effect becomes a fact located on the call or on its argument.</summary>
    public void ApplyCall(CallBinding call, IInvocationOperation invocation)
    {
        var name = MethodNameLocation(invocation);
        foreach (var effect in call.Effects)
        {
            switch (effect.Kind)
            {
                case EffectKind.Set:
                    Put(NewFact(effect.Setting, effect.Value!, name, FactOrigin.Code,
                        new FixSite(FixKind.ReplaceCall, v => CallCode(invocation.TargetMethod.ContainingType, effect.Setting, v), FixKind.ReplaceCall)));
                    break;
                case EffectKind.AddElement:
                    if (!Configuration.HasElement(effect.Setting, (string)effect.Value!))
                    {
                        PutElement(NewFact(effect.Setting, effect.Value!, name, FactOrigin.Code, new FixSite(FixKind.None, null, FixKind.ReplaceCall)));
                    }

                    break;
                case EffectKind.ReplaceElements:
                    Clear(effect.Setting);
                    foreach (var element in effect.Elements)
                    {
                        PutElement(NewFact(effect.Setting, element, name, FactOrigin.Code, new FixSite(FixKind.None, null, FixKind.ReplaceCall)));
                    }

                    break;
                case EffectKind.SetFromArgument:
                    ApplyArgument(effect, invocation, name);
                    break;
                case EffectKind.AddElementFromArgument:
                    ApplyElementArgument(effect, invocation, name);
                    break;
            }
        }
    }

    /// <summary>Entry-point parameters that carry settings, such as the redirect URLs of a builder.</summary>
    public void ApplyParameters(System.Collections.Immutable.ImmutableArray<ParameterBinding> parameters, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var parameter in parameters)
        {
            var argument = ValueResolver.Argument(arguments, parameter.Parameter);
            if (argument is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (parameter.KeySetting is { } keys && KeyResolver.TryResolve(argument.Value, Resolver.Scope, out var key))
            {
                PutElement(NewFact(keys, key, argument.Value.Syntax.GetLocation(), FactOrigin.Code, FixSite.None));
            }

            if (parameter.IsCollection)
            {
                AddElements(parameter.Setting, Resolver.ResolveElements(argument.Value, out var complete));
                if (!complete)
                {
                    Configuration.AddUnknownElement(parameter.Setting);
                }
            }
            else if (Resolver.TryResolve(argument.Value, out var value))
            {
                Put(NewFact(parameter.Setting, value, argument.Value.Syntax.GetLocation(), FactOrigin.Code, FixSite.None));
                Relocate(parameter.Setting, argument.Value);
            }
        }
    }

    /// <summary>Code that sets <paramref name="setting"/> to <paramref name="value"/> where it is missing; null when there is no way.</summary>
    public FixSite FixForMissing(Setting setting)
    {
        if (MissingFix is { } missing)
        {
            return missing(setting);
        }

        switch (Kind)
        {
            case SiteKind.Chain:
                return new FixSite(FixKind.AppendCall, v => CallCode(BuilderType, setting, v));
            case SiteKind.Creation:
                return new FixSite(FixKind.AddInitializerMember, v => MemberCode(setting, v));
            case SiteKind.Registration when Model is not null && SymbolEqualityComparer.Default.Equals(BuilderType?.OriginalDefinition, Model.Type.OriginalDefinition):
                // AddServer().AllowAuthorizationCodeFlow()...: the registration returns the builder, whose chain gets the call
                // (a lambda would bind the overload that returns something else).
                return new FixSite(FixKind.AppendCall, v => CallCode(BuilderType, setting, v));
            default:
                // Options set by a property, or by a call on the lambda's builder (options.RequireProofKeyForCodeExchange()).
                return new FixSite(FixKind.AddOptionsAssignment, v => MemberCode(setting, v) ?? CallCode(Model?.Type, setting, v)?.Substring(1));
        }
    }

    private void ApplyArgument(Effect effect, IInvocationOperation invocation, Location name)
    {
        var argument = ValueResolver.Argument(invocation.Arguments, effect.Parameter);
        if (argument?.Parameter is not { } parameter)
        {
            Configuration.SetUnknown(effect.Setting);
            return;
        }

        var setting = effect.Setting;
        if (argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            // The optional parameter's default is the value: report on the call and offer to pass the argument.
            if (parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is { } omitted && effect.Read(omitted) is { } defaultValue)
            {
                var position = ExplicitArgumentCount(invocation) == parameter.Ordinal;
                Put(NewFact(setting, defaultValue, name, FactOrigin.LibraryDefault,
                    new FixSite(FixKind.AddArgument, v => ArgumentCode(effect, parameter, v, position), FixKind.ReplaceCall)));
            }
            else
            {
                Configuration.SetUnknown(setting);
            }

            return;
        }

        var value = argument.Value;
        if (!Resolver.TryResolve(value, out var written) || effect.Read(written) is not { } factValue)
        {
            Configuration.SetUnknown(setting);
            return;
        }

        // A library object (credentials) is not the value it stands for: the value inside it is replaced (Relocate).
        Put(NewFact(setting, factValue, value.Syntax.GetLocation(), FactOrigin.Code, _bindings.ObjectValue(ValueResolver.Unwrap(value).Type) is not null
            ? new FixSite(FixKind.None, null, FixKind.ReplaceCall)
            : new FixSite(FixKind.ReplaceExpression, v => effect.Write(v) is { } code ? _writer.Expression(code, parameter.Type, value, setting) : null, FixKind.ReplaceCall)));
        Relocate(setting, value);
    }

    /// <summary>A call that adds its argument to a collection (a signing key's algorithm): the element sits on the argument, or on the call for an omitted default.</summary>
    private void ApplyElementArgument(Effect effect, IInvocationOperation invocation, Location name)
    {
        var argument = ValueResolver.Argument(invocation.Arguments, effect.Parameter);
        if (argument is null)
        {
            // Another overload: it passes the value through another parameter, bound as another effect.
            return;
        }

        object? value = null;
        var location = name;
        var origin = FactOrigin.LibraryDefault;
        var fix = FixSite.None;
        // On one path only, the defaults may or may not hold: they are no verdict either way.
        if (effect.ReplacesDefaults)
        {
            Configuration.RemoveDefaultElements(effect.Setting);
        }

        if (effect.IsKey)
        {
            // A key loaded from elsewhere (a certificate, a vault) has no strength in the code: no verdict, no unknown.
            if (KeyResolver.TryResolve(argument.Value, Resolver.Scope, out var key))
            {
                PutElement(NewFact(effect.Setting, key, argument.Value.Syntax.GetLocation(), FactOrigin.Code, FixSite.None));
            }

            return;
        }

        if (argument.Parameter is { } parameter && argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            value = parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is { } omitted ? effect.Read(EnumName(parameter.Type, omitted)) : null;
        }
        else if (argument.Parameter is { IsParams: true })
        {
            // AddGrantTypePermissions(a, b): each element of the params array.
            var elements = Resolver.ResolveElements(argument.Value, out var complete);
            foreach (var element in elements)
            {
                if (element.Value is { } each && effect.Read(each) is { } read)
                {
                    PutElement(NewFact(effect.Setting, read, element.Operation.Syntax.GetLocation(), FactOrigin.Code, FixSite.None));
                }
                else
                {
                    complete = false;
                }
            }

            if (!complete)
            {
                Configuration.AddUnknownElement(effect.Setting);
            }

            return;
        }
        else if (Resolver.TryResolve(argument.Value, out var written))
        {
            value = effect.Read(EnumName(argument.Parameter?.Type, written));
            // Credentials created in place: the algorithm argument inside them.
            var source = Resolver.ObjectValueSource(argument.Value) ?? argument.Value;
            location = source.Syntax.GetLocation();
            origin = FactOrigin.Code;

            // An algorithm written as a string is replaced in place (another algorithm of the same key); a credential
            // handed in whole, or a value through a parameter, is not.
            if (source.Type?.SpecialType == SpecialType.System_String && ValueResolver.Unwrap(source) is not IParameterReferenceOperation && Relocation is null)
            {
                fix = new FixSite(FixKind.ReplaceExpression, v => v is string ? _writer.Expression(v, source.Type, source, effect.Setting) : null);
            }
        }

        if (value is null)
        {
            Configuration.AddUnknownElement(effect.Setting);
            return;
        }

        PutElement(NewFact(effect.Setting, value, location, origin, fix));
    }

    /// <summary>An enum element reads as its member's name (RsaSigningAlgorithm.PS256 is "PS256").</summary>
    private static object EnumName(ITypeSymbol? type, object value)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && value is not string)
        {
            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
                {
                    return field.Name;
                }
            }
        }

        return value;
    }

    /// <param name="property">The bound collection, whose Read maps each element; null for a parameter's elements.</param>
    private void AddElements(Setting setting, List<ElementValue> elements, PropertyBinding? property = null)
    {
        foreach (var element in elements)
        {
            // An element of a prefixed set that lacks the prefix is another binding's.
            if (property?.Prefix is { } prefix && element.Value is string other && !other.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (element.Value is { } written && (property is null ? written : property.Read(written)) is { } value)
            {
                PutElement(NewFact(setting, value, element.Operation.Syntax.GetLocation(), FactOrigin.Code, ElementFix(element, setting, property)));
            }
            else
            {
                Configuration.AddUnknownElement(setting);
            }
        }
    }

    /// <summary>
    /// How an element's code changes: an inline element is replaced or removed; a preset (GrantTypes.Hybrid) becomes the
    /// preset that holds the compliant elements. A mapped element (a secret for its method) has no code form.
    /// </summary>
    private FixSite ElementFix(ElementValue element, Setting setting, PropertyBinding? property)
    {
        var operation = element.Operation;
        if (property is { CanWrite: false })
        {
            return new FixSite(FixKind.None, null, element.IsInline ? FixKind.RemoveElement : FixKind.None);
        }

        if (ValueResolver.Unwrap(operation) is IMemberReferenceOperation preset && _bindings.TryGetKnownValue(preset.Member, out var known) && known is string[])
        {
            var replaced = (string)element.Value!;
            return new FixSite(FixKind.ReplaceExpression, v => _writer.Preset(preset, replaced, v), FixKind.ReplaceExpression);
        }

        return element.IsInline
            ? new FixSite(FixKind.ReplaceExpression, v => v is string && (property is null ? v : property.Write(v)) is { } written ? _writer.Expression(written, operation.Type, operation, setting) : null, FixKind.RemoveElement)
            : FixSite.None;
    }

    /// <summary>A fact at its own code, or at the helper call while a helper is applied (then without a fix).</summary>
    private Fact NewFact(Setting setting, object value, Location location, FactOrigin origin, FixSite fix)
        => Relocation is { } call ? new Fact(setting, value, call, origin, FixSite.None) : new Fact(setting, value, location, origin, fix);

    private void Put(Fact fact)
    {
        if (Reach == Reach.Always)
        {
            Configuration.Set(fact);
        }
        else
        {
            Configuration.SetConditional(fact);
        }
    }

    private void PutElement(Fact fact)
    {
        // "code id_token" registers a combination: judge each response type; removing one token is not removing the element.
        if (Settings.IsSpaceSeparated(fact.Setting) && fact.Value is string combined && combined.Trim().IndexOf(' ') > 0)
        {
            foreach (var token in combined.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                PutElement(new Fact(fact.Setting, token, fact.Location, fact.Origin, FixSite.None, fact.Note));
            }

            return;
        }

        if (Reach == Reach.Always)
        {
            Configuration.AddElement(fact);
        }
        else
        {
            Configuration.AddConditionalElement(fact);
        }
    }

    private void Clear(Setting setting)
    {
        if (Reach == Reach.Always)
        {
            Configuration.ClearElements(setting);
            Configuration.MarkReplaced(setting);
        }
        else
        {
            Configuration.AddUnknownElement(setting);
        }
    }

    private string? ArgumentCode(Effect effect, IParameterSymbol parameter, object value, bool positional)
    {
        if (effect.Write(value) is not { } written || _writer.Expression(written, parameter.Type, null, effect.Setting) is not { } code)
        {
            return null;
        }

        return positional ? code : parameter.Name + ": " + code;
    }

    /// <summary>The fluent call on <paramref name="builderType"/> that sets the value: a fixed call first, else one that takes it.</summary>
    private string? CallCode(ITypeSymbol? builderType, Setting setting, object value)
        => _bindings.Text((Configuration.Anchor.SourceTree, builderType, setting, value), () => ComputeCallCode(builderType, setting, value));

    private string? ComputeCallCode(ITypeSymbol? builderType, Setting setting, object value)
    {
        foreach (var call in _bindings.CallsOn(builderType))
        {
            foreach (var effect in call.Effects)
            {
                // A fixed value, or a fixed element (AllowAuthorizationCodeFlow() for the code grant).
                if (effect.Kind is EffectKind.Set or EffectKind.AddElement && effect.Setting == setting && Equals(effect.Value, value)
                    && FindMethod(builderType, call.Method, null) is not null)
                {
                    return "." + call.Method + "()";
                }
            }
        }

        foreach (var call in _bindings.CallsOn(builderType))
        {
            foreach (var effect in call.Effects)
            {
                if (effect.Kind == EffectKind.SetFromArgument && effect.Setting == setting
                    && FindMethod(builderType, call.Method, effect.Parameter) is { } method
                    && ArgumentCode(effect, method.Parameters[0], value, positional: true) is { } argument)
                {
                    return "." + call.Method + "(" + argument + ")";
                }
            }
        }

        // A membership the library's default set holds (plain among the code challenge methods): the builder's options
        // callback removes the element, Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain)).
        if (value is false && Model?.PropertyFor(setting) is { Element: not null, ElementCode: { } element } membership)
        {
            foreach (var call in _bindings.CallsOn(builderType))
            {
                foreach (var effect in call.Effects)
                {
                    if (effect.Kind == EffectKind.ApplyCallback)
                    {
                        return "." + call.Method + "(o => o." + membership.Member + ".Remove(global::" + element + "))";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A method whose only required parameter is <paramref name="parameter"/> (or that needs none).</summary>
    private static IMethodSymbol? FindMethod(ITypeSymbol? type, string name, string? parameter)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is not IMethodSymbol method)
                {
                    continue;
                }

                var fits = parameter is null
                    ? AllOptional(method, 0)
                    : method.Parameters.Length > 0 && method.Parameters[0].Name == parameter && AllOptional(method, 1);
                if (fits)
                {
                    return method;
                }
            }
        }

        return null;
    }

    private static bool AllOptional(IMethodSymbol method, int from)
    {
        for (var i = from; i < method.Parameters.Length; i++)
        {
            if (!method.Parameters[i].IsOptional && !method.Parameters[i].IsParams)
            {
                return false;
            }
        }

        return true;
    }

    private string? MemberCode(Setting setting, object value)
    {
        if (Model?.PropertyFor(setting) is { Element: not null } membership)
        {
            // Requirements = { Features.ProofKeyForCodeExchange }: the fixer merges it into a set already initialized.
            return value is true && membership.ElementCode is { } element ? membership.Member + " = { " + element + " }" : null;
        }

        // A collection is written whole (new[] { ... }), never as one element; a prefixed set never whole.
        if (Model?.PropertyFor(setting) is not { Prefix: null } property || property.Write(value) is not { } written
            || (property.IsCollection && !property.SingleElement) != value is string[])
        {
            return null;
        }

        // A member the referenced library version lacks cannot be written.
        if (PropertyType(Model.Type, property.Member) is not { } type)
        {
            return null;
        }

        return _writer.Expression(written, type, null, setting) is { } code ? property.Member + " = " + code : null;
    }

    internal static ITypeSymbol? PropertyType(ITypeSymbol type, string path)
    {
        ITypeSymbol? current = type;
        foreach (var part in path.Split('.'))
        {
            IPropertySymbol? found = null;
            for (var t = current; t is not null && found is null; t = t.BaseType)
            {
                foreach (var member in t.GetMembers(part))
                {
                    found ??= member as IPropertySymbol;
                }
            }

            current = found?.Type;
        }

        return current;
    }

    private static int ExplicitArgumentCount(IInvocationOperation invocation)
    {
        var count = 0;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && !argument.IsImplicit)
            {
                count++;
            }
        }

        // The receiver of a reduced extension call is an argument in IOperation but not in the syntax.
        return invocation.TargetMethod.IsExtensionMethod && invocation.Instance is null ? Math.Max(0, count - 1) : count;
    }

    public static Location MethodNameLocation(IInvocationOperation invocation)
        => invocation.Syntax switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.GetLocation(),
            InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name.GetLocation(),
            InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name.GetLocation(),
            _ => invocation.Syntax.GetLocation(),
        };
}
