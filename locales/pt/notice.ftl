## The privacy notice people read (HTML page and Markdown).
##
## Conventions (see locales/README.md):
## - Address the reader as "you" and the controller as "we", in plain language.
## - Use the official GDPR terminology of your language (../shared/reference/gdpr-terms.md):
##   controller, processor, data subject, recipient, supervisory authority, legal basis…
## - Messages are plain text: no HTML, no Markdown. Links, lists and emphasis are added by the
##   templates around the message.
## - Variables hold either author text (names, addresses, free text from the policy, inserted
##   as written) or values already formatted for your language (`$date`, `$duration`).
## - Legal citations are messages too (`.article` attributes): write them the way your
##   language cites the GDPR (e.g. German "Art. 6 Abs. 1 lit. a DSGVO").

## Page frame

# The name of this catalog's language, written in the language itself ("Deutsch", "Română").
# Shown in the language chooser and in the language switcher of every page.
language-name = Português
# Title of the notice when the policy gives none.
notice-title-default = Política de privacidade
# A link at the very top of the page, visible on keyboard focus, that jumps to the notice.
skip-link = Saltar para a política de privacidade
# Heading and label of the table of contents.
toc-heading = Índice
# Label (for screen readers) of the list of links to the notice in other languages.
languages-nav-label = Esta política noutras línguas
# Under the title. $version is the author's version label, such as "2026.2".
meta-version = Versão { $version }
# Under the title. $date is a long date already formatted for the language ("1 March 2026").
meta-effective = Em vigor a partir de { $date }
# The banner shown when the notice was built from a policy with errors.
draft-banner-title = Rascunho — não publicar
draft-banner-text = Esta política foi gerada a partir de um ficheiro que ainda contém erros. Está incompleta e não pode ser publicada tal como está.
# Footer: link text to the machine-readable form of the notice (policy.json).
footer-machine-readable = Versão desta política em formato de leitura automática (JSON)
# Footer: where the notice is published. $url is a web address.
footer-published-at = Publicada em { $url }

## Language chooser (site index page)

# Heading of the page that sends readers to their language.
chooser-heading = Escolha a sua língua
# Sentence under the heading.
chooser-intro = Esta política de privacidade está disponível nas seguintes línguas.

## Generic values

value-yes = Sim
value-no = Não
# When the policy does not say something the notice should say.
value-not-stated = Não indicado
# A name followed by its legal citation, such as "Consent (Art. 6(1)(a) GDPR)".
# $name is a term from this catalog; $article is an `.article` attribute from this catalog.
term-with-article = { $name } ({ $article })

## Contact details (labels of a description list)

label-name = Nome
label-person-name = Nome
label-address = Endereço postal
label-email = Correio eletrónico
label-phone = Telefone
label-website = Sítio Web
label-contact-form = Formulário de contacto
label-registration = Número de registo
label-country = País

## At a glance (the summary layer, first on the page)

summary-heading = Em resumo
summary-intro = Os pontos essenciais desta política. A versão completa, mais abaixo, contém todos os pormenores.
# Row labels of the summary.
summary-controller = Quem é o responsável
summary-contact = Como nos contactar
summary-dpo = Encarregado da proteção de dados
summary-data = Que dados tratamos
# Also the caption of the summary table of purposes, legal bases and storage periods.
summary-purposes = Porque tratamos os seus dados, com que fundamento jurídico e durante quanto tempo
summary-recipients = Quem recebe os seus dados
summary-transfers = Transferências para fora da UE/EEE
summary-rights = Os seus direitos
summary-complaint = Reclamações
# When the policy names no transfer outside the EU/EEA.
summary-transfers-none = Esta política não indica transferências de dados pessoais para fora da UE/EEE.
# When the policy names no recipients.
summary-recipients-none = Esta política não indica destinatários dos dados pessoais.
# $authority is the name of a supervisory authority.
summary-complaint-authority = Pode apresentar reclamação a uma autoridade de controlo, por exemplo: { $authority }.
summary-complaint-any = Pode apresentar reclamação a uma autoridade de controlo, em especial no país da UE/EEE onde vive ou trabalha.
children-heading = Em poucas palavras, para crianças e jovens
# A short, prominent pointer to the right to object in the summary; the sentence links to the
# section "Your right to object" (object-heading).
summary-object = Tem o direito de se opor a parte do tratamento descrito nesta política.
# Column headers of tables.
col-purpose = Finalidade
col-data = Dados pessoais
col-basis = Fundamento jurídico
col-retention = Prazo de conservação
col-recipient = Destinatário
col-role = Qualidade
col-location = Localização
col-purposes = Finalidades

## About this notice

section-about = Sobre esta política
label-scope = O que abrange esta política
label-audience = A quem se destina esta política
label-countries = Onde disponibilizamos o serviço
label-min-age = Idade mínima
# $age is a number of years.
min-age-text = { PLURAL($age) ->
    [one] Para utilizar o serviço, tem de ter pelo menos { $age } ano de idade.
    [many] Para utilizar o serviço, tem de ter pelo menos { $age } anos de idade.
   *[other] Para utilizar o serviço, tem de ter pelo menos { $age } anos de idade.
}
label-parental-consent = Crianças e consentimento dos pais
parental-consent-until-age = { PLURAL($age) ->
    [one] No caso das crianças com menos de { $age } ano, o consentimento tem de ser dado ou autorizado pelo titular das responsabilidades parentais.
    [many] No caso das crianças com menos de { $age } anos, o consentimento tem de ser dado ou autorizado pelo titular das responsabilidades parentais.
   *[other] No caso das crianças com menos de { $age } anos, o consentimento tem de ser dado ou autorizado pelo titular das responsabilidades parentais.
}
parental-consent-until-national = No caso das crianças que ainda não atingiram a idade do consentimento digital fixada pelo seu país, o consentimento tem de ser dado ou autorizado pelo titular das responsabilidades parentais.
parental-consent-national-ages = Idade do consentimento digital: { $ages }.
parental-consent-country-age = { $country } { $age }
# Art. 14(3): when people are told about data that was not obtained from them.
label-notice-timing = Quando o informamos sobre dados que obtemos de terceiros
# Art. 14(5): why people are not informed individually.
label-art14-exemption = Porque não informamos cada pessoa individualmente

## Controller, joint controllers, representative (Art. 13(1)(a), 26, 27)

section-controller = Quem é responsável pelos seus dados
controller-intro = O responsável pelo tratamento dos seus dados pessoais é:
controller-none = Esta política não identifica o responsável pelo tratamento.
# The brand name of the controller. $brand is the trade name.
controller-brand = Nome comercial: { $brand }
joint-heading = Responsáveis conjuntos pelo tratamento
joint-intro = Decidimos, em conjunto com as organizações seguintes, por que motivo e de que forma os seus dados pessoais são tratados. Somos responsáveis conjuntos pelo tratamento.
label-arrangement = Aspetos essenciais do nosso acordo
# Link text to the full arrangement between joint controllers.
arrangement-link = Ler o acordo
label-joint-purposes = Tratamentos que realizamos em conjunto
representative-heading = O nosso representante na UE
representative-intro = Como não estamos estabelecidos na UE, designámos um representante na UE, que pode contactar sobre qualquer questão relativa ao tratamento dos seus dados pessoais:
representative-exempt = Não estamos estabelecidos na UE e não designámos um representante na União. No nosso caso, o RGPD não o exige, pelo seguinte motivo:

## Data protection officer (Art. 13(1)(b))

section-dpo = Encarregado da proteção de dados
dpo-intro = Pode contactar o nosso encarregado da proteção de dados sobre qualquer questão relativa ao tratamento dos seus dados pessoais e ao exercício dos seus direitos:

## Categories of personal data, sources, requirement to provide (Art. 13(2)(e), 14(1)(d), 14(2)(f))

section-data = Que dados pessoais tratamos
data-intro = Tratamos as seguintes categorias de dados pessoais.
label-data-kind = Tipo de dados
label-items = Inclui
label-source = Origem
label-source-name = Obtidos junto de
source-public-yes = Esta fonte é acessível ao público.
source-public-no = Esta fonte não é acessível ao público.
label-requirement = Tem de os fornecer?
label-consequence = Se não os fornecer
label-used-for = Utilizados para
label-data-retention = Prazo de conservação
# Shown on a category of data that falls under Art. 9.
data-special-note = Trata-se de uma categoria especial de dados pessoais, que o RGPD protege de forma mais rigorosa.
# Shown on a category of data that falls under Art. 10.
data-criminal-note = Trata-se de dados pessoais relacionados com condenações penais e infrações, que o RGPD protege de forma mais rigorosa.

## Purposes and legal bases (Art. 13(1)(c), (d), 13(3))

section-purposes = Porque tratamos os seus dados e com que fundamento jurídico
purposes-intro = Para cada finalidade, indicamos os dados pessoais que utilizamos, o fundamento jurídico em que nos baseamos e durante quanto tempo conservamos os dados.
label-purpose-kind = Tipo de finalidade
label-data-used = Dados pessoais utilizados
label-basis = Fundamento jurídico
label-interest = O nosso interesse legítimo
label-balancing = Porque é que os seus interesses não prevalecem sobre ele
label-law = Disposição legal
label-consent-mechanism = Como pedimos o seu consentimento
label-withdraw = Como retirar o seu consentimento
consent-separate = Pedimos este consentimento em separado, independentemente de qualquer outro consentimento e dos nossos termos.
consent-implied = Consideramos como seu consentimento a utilização do serviço, o seu silêncio ou uma opção assinalada previamente.
label-condition = Condição para o tratamento de categorias especiais de dados
label-criminal-grounds = Autorização legal para o tratamento de dados relativos a infrações penais
label-retention = Prazo de conservação
label-recipients = Destinatários
label-necessary = Necessário para prestar o serviço
purpose-necessary-yes = Sim: sem este tratamento não podemos prestar o serviço.
purpose-necessary-no = Não: é facultativo.
# Art. 13(3): the purpose goes beyond the one the data was collected for.
purpose-further = Utilizamos os dados para esta finalidade além daquela para a qual foram recolhidos.
purpose-remote-access = Para esta finalidade, podemos aceder remotamente ao seu dispositivo, por exemplo durante uma sessão de assistência.
label-channels = Como enviamos estas mensagens
label-messages = Sobre estas mensagens
marketing-soft-opt-in = Como já comprou connosco, enviamos-lhe estas mensagens sobre produtos e serviços próprios semelhantes aos que adquiriu, sem lhe pedir previamente o consentimento. Pode recusá-las a qualquer momento, gratuitamente.
marketing-unsubscribe = Cada mensagem inclui uma forma simples e gratuita de cancelar a subscrição.
marketing-open-tracking-yes = As nossas mensagens contêm uma imagem invisível ou ligações que nos indicam se e quando as abre.
marketing-open-tracking-no = As nossas mensagens não nos indicam se as abre nem quando.
basis-not-stated = Esta política não indica um fundamento jurídico para esta finalidade.
# Followed by a list of legal bases.
unmapped-bases = Esta política indica ainda os seguintes fundamentos jurídicos, sem especificar a que finalidade corresponde cada um:

## Recipients (Art. 13(1)(e))

section-recipients = Quem recebe os seus dados pessoais
recipients-intro = Comunicamos dados pessoais aos seguintes destinatários ou categorias de destinatários.
recipients-caption = Destinatários dos dados pessoais
recipients-none = Esta política não indica destinatários dos dados pessoais.
recipient-dpf = Certificado ao abrigo do Quadro de Privacidade de Dados UE-EUA.
recipient-adequacy-scope = Abrangido pela decisão de adequação da Comissão Europeia relativa ao seu país.
# Link text to a recipient's own privacy notice.
recipient-privacy-link = Política de privacidade deste destinatário

## Transfers to third countries (Art. 13(1)(f), 44–49)

section-transfers = Transferências para fora da UE/EEE
transfers-intro = Transferimos dados pessoais para os seguintes países terceiros. Para cada transferência, indicamos a garantia em que se baseia.
transfers-none = Esta política não indica transferências de dados pessoais para países terceiros ou organizações internacionais.
label-destination = Destino
destination-not-stated = Esta política não indica o país.
label-mechanism = Garantia
label-instrument = Instrumento
label-approved-by = Aprovado por
label-copy = Como obter uma cópia das garantias
label-tia = Avaliação do país de destino
transfer-tia-done = Avaliámos a legislação e as práticas do país de destino para nos certificarmos de que as garantias protegem eficazmente os seus dados nesse país.
transfer-tia-date = Avaliámos a legislação e as práticas do país de destino para nos certificarmos de que as garantias protegem eficazmente os seus dados nesse país. Última avaliação: { $date }.
label-transfer-recipients = Destinatários
label-transfer-data = Dados pessoais transferidos

## Storage periods (Art. 13(2)(a))

section-retention = Durante quanto tempo conservamos os seus dados
retention-intro = Conservamos os dados pessoais apenas durante o tempo exigido por cada finalidade. Quando não é possível fixar um prazo antecipadamente, indicamos os critérios usados para o definir.
retention-caption = Prazo de conservação por finalidade
# A period with no starting event. $duration is already formatted ("2 years").
retention-period = { $duration }
# The criteria that set the period, in the author's words.
retention-criteria = Definido com base nos seguintes critérios: { $criteria }
# The law that sets a period or criteria, in the author's words.
retention-law = Imposto por: { $law }
retention-as-long-as-necessary = Enquanto for necessário para a finalidade (a política não indica prazo nem critérios).
retention-indefinite = Sem limite de tempo.

## Retention: a period after an event. $duration is already formatted ("2 years", "30 days").

retention-after-collection = { $duration } após a recolha dos dados
retention-after-contract_end = { $duration } após o termo do contrato
retention-after-account_closure = { $duration } após o encerramento da conta
retention-after-last_contact = { $duration } após o nosso último contacto consigo
retention-after-last_activity = { $duration } após a sua última atividade no serviço
retention-after-last_login = { $duration } após o seu último início de sessão
retention-after-consent_withdrawal = { $duration } após a retirada do seu consentimento
retention-after-end_of_session = { $duration } após o fim da sessão
retention-after-purpose_fulfilled = { $duration } após o cumprimento da finalidade
retention-after-request_resolved = { $duration } após a resolução do seu pedido
retention-after-transaction = { $duration } após a transação
retention-after-end_of_year = { $duration } após o fim do ano em que o registo foi efetuado
retention-after-employment_end = { $duration } após a cessação da sua relação laboral
retention-after-subscription_end = { $duration } após o fim da sua subscrição
retention-after-legal_claim_resolved = { $duration } após a resolução definitiva de eventuais litígios

## Retention: until an event happens.

retention-until-collection = Até à recolha dos dados
retention-until-contract_end = Até ao termo do contrato
retention-until-account_closure = Até ao encerramento da conta
retention-until-last_contact = Até ao nosso último contacto consigo
retention-until-last_activity = Até à sua última atividade no serviço
retention-until-last_login = Até ao seu último início de sessão
retention-until-consent_withdrawal = Até à retirada do seu consentimento
retention-until-end_of_session = Até ao fim da sessão
retention-until-purpose_fulfilled = Até ao cumprimento da finalidade
retention-until-request_resolved = Até à resolução do seu pedido
retention-until-transaction = Até à realização da transação
retention-until-end_of_year = Até ao fim do ano em que o registo foi efetuado
retention-until-employment_end = Até à cessação da sua relação laboral
retention-until-subscription_end = Até ao fim da sua subscrição
retention-until-legal_claim_resolved = Até à resolução definitiva de eventuais litígios

## Your rights (Art. 12–22, 7(3), 77)

section-rights = Os seus direitos
rights-intro = Nos termos do RGPD, tem os direitos indicados a seguir. Os direitos aplicáveis dependem do fundamento jurídico do tratamento; indicamos os que se aplicam ao que fazemos.
rights-exercise-heading = Como exercer os seus direitos
rights-exercise-intro = Para exercer qualquer um dos seus direitos, contacte-nos:
rights-free = O exercício dos seus direitos é gratuito.
rights-fee = Só podemos exigir o pagamento de uma taxa razoável, ou recusar-nos a dar seguimento a um pedido, se este for manifestamente infundado ou excessivo.
# $duration is already formatted ("30 days").
rights-response-time = Respondemos ao seu pedido no prazo de { $duration }.
rights-response-default = Respondemos ao seu pedido sem demora injustificada e, o mais tardar, no prazo de um mês.
# Heading of the separate, prominent box about the right to object (Art. 21).
object-heading = O seu direito de oposição
# Art. 21(1): processing based on legitimate interests or a task in the public interest.
object-general = Quando tratamos os seus dados pessoais com base em interesses legítimos ou para o exercício de funções de interesse público, tem o direito de se opor a esse tratamento a qualquer momento, por motivos relacionados com a sua situação particular. Nesse caso, deixamos de tratar os dados, a menos que apresentemos razões imperiosas e legítimas que prevaleçam sobre os seus interesses, direitos e liberdades, ou que o tratamento seja necessário para efeitos de declaração, exercício ou defesa de um direito num processo judicial.
# Art. 21(2)-(3): direct marketing.
object-marketing = Tem o direito de se opor a qualquer momento ao tratamento dos seus dados pessoais para efeitos de comercialização direta, incluindo a definição de perfis relacionada com essa comercialização. Se se opuser, deixamos de tratar os seus dados para essa finalidade.
# Followed by a list of the purposes concerned.
object-purposes = Este direito abrange as seguintes finalidades:
label-object-how = Como exercer o direito de oposição
withdraw-heading = Retirar o seu consentimento
withdraw-text = Quando nos baseamos no seu consentimento, pode retirá-lo a qualquer momento, de forma tão fácil como o deu. A retirada do consentimento não compromete a licitude do tratamento efetuado com base no consentimento previamente dado.
complaint-heading = O seu direito de apresentar reclamação
complaint-text = Tem o direito de apresentar reclamação a uma autoridade de controlo, em especial no Estado-Membro da UE/EEE da sua residência habitual, do seu local de trabalho ou do local onde foi alegadamente praticada a infração.
complaint-authority = A autoridade de controlo competente no nosso caso é:
court-text = Tem também direito a uma ação judicial efetiva: pode intentar uma ação contra nós nos tribunais do Estado-Membro da UE/EEE em que tenhamos um estabelecimento ou em que tenha a sua residência habitual.

## Automated decisions and profiling (Art. 13(2)(f), 22)

section-automated = Decisões automatizadas e definição de perfis
automated-profiling = Inclui a definição de perfis.
automated-solely-yes = A decisão é tomada exclusivamente com base no tratamento automatizado.
automated-solely-no = Uma pessoa intervém na decisão, que não se baseia exclusivamente no tratamento automatizado.
automated-effects-yes = Pode produzir efeitos jurídicos que lhe digam respeito ou afetar significativamente, de forma similar, a sua situação.
automated-effects-no = Não produz efeitos jurídicos que lhe digam respeito nem afeta significativamente, de forma similar, a sua situação.
label-logic = Lógica subjacente
label-significance = Importância para si
label-consequences = Consequências previstas
label-safeguards = Garantias
label-purposes = Finalidades
# Art. 22(3): shown for decisions based solely on automated processing with significant effects.
automated-rights = Tem o direito de obter intervenção humana, de manifestar o seu ponto de vista e de contestar a decisão.

## Cookies and similar technologies

section-cookies = Cookies e tecnologias semelhantes
cookies-intro = Os seguintes cookies e tecnologias semelhantes armazenam informações no seu dispositivo ou leem informações nele armazenadas.
cookies-caption = Cookies e tecnologias semelhantes
col-name = Nome
col-provider = Fornecedor
col-category = Categoria
col-party = Colocado por
col-technology = Tecnologia
col-lifetime = Duração
col-consent = Requer consentimento
col-description = Para que serve
party-first = Nós (rastreador próprio)
party-third = Um terceiro
lifetime-session = Até fechar o navegador
cookies-banner = Antes de ser colocado qualquer rastreador que não seja estritamente necessário, um banner pede o seu consentimento.
cookies-reject = Recusar é tão fácil como aceitar.
cookies-not-pre-ticked = Nenhuma opção está assinalada previamente: os rastreadores que não são estritamente necessários só são colocados se os escolher.
cookies-pre-ticked = No banner de consentimento, as opções dos rastreadores que não são estritamente necessários estão assinaladas previamente.
cookies-no-wall = Pode utilizar o sítio Web sem aceitar rastreadores que não sejam estritamente necessários.
# Faithful to the policy: the notice says access needs acceptance of non-essential trackers.
cookies-wall = O acesso ao sítio Web exige a aceitação de rastreadores que não são estritamente necessários.
# Faithful to the policy: the notice treats continued browsing as consent.
cookies-implied = Consideramos que continuar a navegar equivale a dar consentimento aos rastreadores.
cookies-browser-only = Pode controlar os cookies através das definições do seu navegador.
# Link text to the page where people change their cookie choices.
cookies-manage-link = Alterar as suas definições de cookies

## Security (Art. 32)

section-security = Como protegemos os seus dados
security-measures = As nossas medidas incluem:

## Further statements

section-statements = Informações adicionais
statement-no-sale = Não vendemos os seus dados pessoais.
statement-no-automated-decisions = Não tomamos decisões a seu respeito baseadas exclusivamente no tratamento automatizado que produzam efeitos na sua esfera jurídica ou que o afetem significativamente de forma similar.
statement-no-special-categories = Não tratamos categorias especiais de dados pessoais, como dados relativos à sua saúde, religião ou opiniões políticas.

## Changes and version history

section-changes = Alterações a esta política
# $duration is already formatted ("30 days").
changes-notice = Comunicamos-lhe as alterações pelo menos { $duration } antes de entrarem em vigor.
changes-active = Comunicamos-lhe as alterações diretamente, por exemplo por correio eletrónico, e não apenas nesta página.
changes-passive = Anunciamos as alterações nesta página.
# Faithful to the policy: the notice treats continued use as acceptance of changes.
changes-continued-use = A política considera que continuar a utilizar o serviço após uma alteração equivale a aceitar essa alteração.
history-heading = Histórico de versões
history-caption = Versões desta política
col-version = Versão
col-date = Data
col-changes = Alterações
