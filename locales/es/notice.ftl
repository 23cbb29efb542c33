## La política de privacidad que leen las personas (página HTML y Markdown).
##
## Convenciones (véase locales/README.md):
## - Se trata al lector de «usted»; el responsable del tratamiento habla de sí mismo en primera persona del plural.
## - Terminología oficial de la versión española del RGPD (../shared/reference/gdpr-terms.md):
##   responsable del tratamiento, encargado del tratamiento, interesado, destinatario, autoridad de control…
## - Solo texto plano: ni HTML ni Markdown. Las plantillas añaden enlaces, listas y énfasis.
## - Las variables contienen un texto del autor (nombres, direcciones, texto libre de la política,
##   insertado tal cual) o un valor ya formateado para el español (`$date`, `$duration`).
## - Las referencias jurídicas (atributos `.article`) siguen el uso español: «art. 6.1.a) del RGPD».

## Marco de la página

# Nombre de la lengua de este catálogo, en esa misma lengua. Aparece en el selector de idioma.
language-name = Español
# Título de la política cuando el autor no indica ninguno.
notice-title-default = Política de privacidad
# Enlace en la parte superior de la página, visible con el foco del teclado, que lleva al texto.
skip-link = Ir directamente a la política de privacidad
# Título y etiqueta del índice.
toc-heading = Índice
# Etiqueta (para lectores de pantalla) de la lista de enlaces a otras lenguas.
languages-nav-label = Esta política en otros idiomas
# Bajo el título. $version es la versión indicada por el autor, por ejemplo «2026.2».
meta-version = Versión { $version }
# Bajo el título. $date es una fecha larga ya formateada («1 de marzo de 2026»).
meta-effective = Aplicable desde el { $date }
# Aviso que aparece cuando la política se ha generado pese a contener errores.
draft-banner-title = Borrador: no publicar
draft-banner-text = Este documento se ha generado a partir de una política que todavía contiene errores. Está incompleto y no debe publicarse tal como está.
# Pie de página: enlace a la versión legible por máquina (policy.json).
footer-machine-readable = Versión legible por máquina de esta política (JSON)
# Pie de página: dónde se publica. $url es una dirección web.
footer-published-at = Publicada en { $url }

## Selector de idioma (página de inicio del sitio)

chooser-heading = Elija su idioma
chooser-intro = Esta política de privacidad está disponible en los siguientes idiomas.

## Valores genéricos

value-yes = Sí
value-no = No
# Cuando la política no indica algo que debería indicar.
value-not-stated = No se indica
# Un término seguido de su referencia jurídica, por ejemplo «Consentimiento (art. 6.1.a) del RGPD)».
term-with-article = { $name } ({ $article })

## Datos de contacto (etiquetas de una lista de descripciones)

label-name = Nombre
label-person-name = Nombre y apellidos
label-address = Dirección postal
label-email = Correo electrónico
label-phone = Teléfono
label-website = Sitio web
label-contact-form = Formulario de contacto
label-registration = Número de registro
label-country = País

## Resumen (la primera capa, al principio de la página)

summary-heading = Lo esencial
summary-intro = Los puntos clave de esta política. A continuación encontrará la versión completa con todos los detalles.
summary-controller = Quién es el responsable
summary-contact = Cómo contactarnos
summary-dpo = Delegado de protección de datos
summary-data = Qué datos tratamos
# También es el título de la tabla resumen de fines, bases jurídicas y plazos de conservación.
summary-purposes = Para qué tratamos sus datos, con qué base jurídica y durante cuánto tiempo
summary-recipients = Quién recibe sus datos
summary-transfers = Transferencias fuera de la UE/EEE
summary-rights = Sus derechos
summary-complaint = Reclamaciones
summary-transfers-none = La presente política no menciona ninguna transferencia de datos personales fuera de la UE/EEE.
summary-recipients-none = La presente política no menciona ningún destinatario de datos personales.
# $authority es el nombre de una autoridad de control.
summary-complaint-authority = Puede presentar una reclamación ante una autoridad de control, por ejemplo, { $authority }.
summary-complaint-any = Puede presentar una reclamación ante una autoridad de control, en particular en el país de la UE/EEE en el que viva o trabaje.
children-heading = En pocas palabras, para niños y jóvenes
# Remisión breve a la sección «Su derecho de oposición» (object-heading).
summary-object = Tiene derecho a oponerse a algunos de los tratamientos descritos en esta política.
# Encabezados de columna de las tablas.
col-purpose = Fin
col-data = Datos personales
col-basis = Base jurídica
col-retention = Plazo de conservación
col-recipient = Destinatario
col-role = Función
col-location = Ubicación
col-purposes = Fines

## Acerca de esta política

section-about = Acerca de esta política
label-scope = Ámbito de aplicación
label-audience = A quién va dirigida esta política
label-countries = Países en los que se ofrece el servicio
label-min-age = Edad mínima
# $age es un número de años.
min-age-text = { PLURAL($age) ->
    [one] Debe tener al menos { $age } año para utilizar el servicio.
    [many] Debe tener al menos { $age } años para utilizar el servicio.
   *[other] Debe tener al menos { $age } años para utilizar el servicio.
}
label-parental-consent = Menores y consentimiento parental
parental-consent-until-age = { PLURAL($age) ->
    [one] En el caso de los menores de { $age } año, el consentimiento debe darlo o autorizarlo el titular de la patria potestad o tutela.
    [many] En el caso de los menores de { $age } años, el consentimiento debe darlo o autorizarlo el titular de la patria potestad o tutela.
   *[other] En el caso de los menores de { $age } años, el consentimiento debe darlo o autorizarlo el titular de la patria potestad o tutela.
}
parental-consent-until-national = En el caso de los menores que no han alcanzado la edad de consentimiento digital fijada por su país, el consentimiento debe darlo o autorizarlo el titular de la patria potestad o tutela.
parental-consent-national-ages = Edad de consentimiento digital: { $ages }.
parental-consent-country-age = { $country } { $age }
# Art. 14.3: cuándo se informa a las personas sobre datos que no se obtuvieron de ellas.
label-notice-timing = Cuándo le informamos sobre los datos que obtenemos de otras fuentes
# Art. 14.5: por qué no se informa a cada persona individualmente.
label-art14-exemption = Por qué no informamos a cada persona individualmente

## Responsable del tratamiento, corresponsables, representante (art. 13.1.a), 26 y 27)

section-controller = Quién es responsable de sus datos
controller-intro = El responsable del tratamiento de sus datos personales es:
controller-none = La presente política no identifica al responsable del tratamiento.
# $brand es el nombre comercial del responsable del tratamiento.
controller-brand = Nombre comercial: { $brand }
joint-heading = Corresponsables del tratamiento
joint-intro = Decidimos junto con las siguientes organizaciones por qué y cómo se tratan sus datos personales. Somos corresponsables del tratamiento.
label-arrangement = Aspectos esenciales de nuestro acuerdo
# Enlace al texto completo del acuerdo entre corresponsables.
arrangement-link = Consultar el acuerdo
label-joint-purposes = Tratamientos que realizamos conjuntamente
representative-heading = Nuestro representante en la UE
representative-intro = Como no estamos establecidos en la UE, hemos designado un representante en la Unión. Puede dirigirse a él para cualquier cuestión relativa al tratamiento de sus datos personales:
representative-exempt = No estamos establecidos en la UE y no hemos designado un representante en la Unión. En nuestro caso el RGPD no lo exige, por el siguiente motivo:

## Delegado de protección de datos (art. 13.1.b))

section-dpo = Delegado de protección de datos
dpo-intro = Puede ponerse en contacto con nuestro delegado de protección de datos para cualquier cuestión relativa al tratamiento de sus datos personales y al ejercicio de sus derechos:

## Categorías de datos, fuentes, obligación de facilitarlos (art. 13.2.e), 14.1.d) y 14.2.f))

section-data = Qué datos personales tratamos
data-intro = Tratamos las siguientes categorías de datos personales.
label-data-kind = Tipo de datos
label-items = Incluye
label-source = Procedencia
label-source-name = Obtenidos de
source-public-yes = Esta fuente es de acceso público.
source-public-no = Esta fuente no es de acceso público.
label-requirement = ¿Está obligado a facilitarlos?
label-consequence = Si no los facilita
label-used-for = Se utilizan para
label-data-retention = Plazo de conservación
# Se muestra en una categoría de datos del art. 9.
data-special-note = Se trata de una categoría especial de datos personales, que el RGPD protege de forma más estricta.
# Se muestra en una categoría de datos del art. 10.
data-criminal-note = Se trata de datos personales relativos a condenas e infracciones penales, que el RGPD protege de forma más estricta.

## Fines y bases jurídicas (art. 13.1.c) y d) y 13.3)

section-purposes = Para qué tratamos sus datos y con qué base jurídica
purposes-intro = Para cada fin indicamos los datos personales que utilizamos, la base jurídica en la que nos apoyamos y durante cuánto tiempo conservamos los datos.
label-purpose-kind = Tipo de fin
label-data-used = Datos personales utilizados
label-basis = Base jurídica
label-interest = Nuestro interés legítimo
label-balancing = Por qué no prevalecen sus intereses
label-law = Disposición legal
label-consent-mechanism = Cómo solicitamos su consentimiento
label-withdraw = Cómo retirar su consentimiento
consent-separate = Solicitamos este consentimiento por separado, con independencia de cualquier otro consentimiento y de nuestras condiciones.
consent-implied = Consideramos como su consentimiento el uso del servicio, su silencio o una casilla marcada de antemano.
label-condition = Circunstancia que permite tratar categorías especiales de datos
label-criminal-grounds = Autorización legal para tratar datos sobre infracciones penales
label-retention = Plazo de conservación
label-recipients = Destinatarios
label-necessary = Necesario para prestar el servicio
purpose-necessary-yes = Sí: sin este tratamiento no podemos prestar el servicio.
purpose-necessary-no = No: es opcional.
# Art. 13.3: el fin va más allá de aquel para el que se recogieron los datos.
purpose-further = Utilizamos los datos para este fin además de para aquel para el que los recogimos.
purpose-remote-access = Para este fin podemos acceder a su dispositivo a distancia, por ejemplo durante una sesión de asistencia técnica.
label-channels = Cómo enviamos estos mensajes
label-messages = Sobre estos mensajes
marketing-soft-opt-in = Como ya nos ha comprado, le enviamos estos mensajes sobre productos y servicios propios similares a los que adquirió, sin pedirle antes su consentimiento. Puede rechazarlos en cualquier momento, de forma gratuita.
marketing-unsubscribe = Cada mensaje incluye una forma sencilla y gratuita de darse de baja.
marketing-open-tracking-yes = Nuestros mensajes contienen una imagen invisible o enlaces que nos indican si los abre y cuándo.
marketing-open-tracking-no = Nuestros mensajes no nos indican si los abre ni cuándo.
basis-not-stated = La presente política no indica ninguna base jurídica para este fin.
# Seguido de una lista de bases jurídicas.
unmapped-bases = La presente política menciona además las siguientes bases jurídicas, sin precisar a qué fin corresponde cada una:

## Destinatarios (art. 13.1.e))

section-recipients = Quién recibe sus datos personales
recipients-intro = Comunicamos datos personales a los siguientes destinatarios o categorías de destinatarios.
recipients-caption = Destinatarios de los datos personales
recipients-none = La presente política no menciona ningún destinatario de datos personales.
recipient-dpf = Certificado con arreglo al Marco de Privacidad de Datos UE-EE. UU.
recipient-adequacy-scope = Está comprendido en la decisión de adecuación de la Comisión Europea relativa a su país.
# Enlace a la política de privacidad del propio destinatario.
recipient-privacy-link = Política de privacidad de este destinatario

## Transferencias a terceros países (art. 13.1.f) y 44 a 49)

section-transfers = Transferencias fuera de la UE/EEE
transfers-intro = Transferimos datos personales a los siguientes terceros países. Para cada transferencia indicamos la garantía en la que se basa.
transfers-none = La presente política no menciona ninguna transferencia de datos personales a terceros países u organizaciones internacionales.
label-destination = Destino
destination-not-stated = La presente política no indica el país.
label-mechanism = Garantía
label-instrument = Instrumento
label-approved-by = Aprobado por
label-copy = Cómo obtener una copia de las garantías
label-tia = Evaluación del país de destino
transfer-tia-done = Hemos evaluado la legislación y las prácticas del país de destino para asegurarnos de que las garantías protegen allí eficazmente sus datos.
transfer-tia-date = Hemos evaluado la legislación y las prácticas del país de destino para asegurarnos de que las garantías protegen allí eficazmente sus datos. Última evaluación: { $date }.
label-transfer-recipients = Destinatarios
label-transfer-data = Datos personales transferidos

## Plazos de conservación (art. 13.2.a))

section-retention = Durante cuánto tiempo conservamos sus datos
retention-intro = Conservamos los datos personales solo durante el tiempo que requiere cada fin. Cuando no es posible fijar un plazo de antemano, indicamos los criterios utilizados para determinarlo.
retention-caption = Plazo de conservación de cada fin
# Un plazo sin hecho inicial. $duration ya está formateado («2 años»).
retention-period = { $duration }
# Los criterios que fijan el plazo, en palabras del autor.
retention-criteria = Se determina según estos criterios: { $criteria }
# La norma que fija el plazo o los criterios, en palabras del autor.
retention-law = Exigido por: { $law }
retention-as-long-as-necessary = Mientras sea necesario para el fin (la presente política no indica ningún plazo ni criterio).
retention-indefinite = Sin límite de tiempo.

## Conservación: un plazo a partir de un hecho. $duration ya está formateado («2 años», «30 días»).

retention-after-collection = { $duration } desde la recogida de los datos
retention-after-contract_end = { $duration } desde la finalización del contrato
retention-after-account_closure = { $duration } desde el cierre de la cuenta
retention-after-last_contact = { $duration } desde nuestro último contacto con usted
retention-after-last_activity = { $duration } desde su última actividad en el servicio
retention-after-last_login = { $duration } desde su último inicio de sesión
retention-after-consent_withdrawal = { $duration } desde que retire su consentimiento
retention-after-end_of_session = { $duration } desde el final de la sesión
retention-after-purpose_fulfilled = { $duration } desde que se haya cumplido el fin
retention-after-request_resolved = { $duration } desde la resolución de su solicitud
retention-after-transaction = { $duration } desde la transacción
retention-after-end_of_year = { $duration } desde el final del año en que se efectuó el registro
retention-after-employment_end = { $duration } desde la extinción de su relación laboral
retention-after-subscription_end = { $duration } desde la finalización de su suscripción
retention-after-legal_claim_resolved = { $duration } desde la resolución firme de cualquier reclamación judicial

## Conservación: hasta que se produce un hecho.

retention-until-collection = Hasta la recogida de los datos
retention-until-contract_end = Hasta la finalización del contrato
retention-until-account_closure = Hasta el cierre de la cuenta
retention-until-last_contact = Hasta nuestro último contacto con usted
retention-until-last_activity = Hasta su última actividad en el servicio
retention-until-last_login = Hasta su último inicio de sesión
retention-until-consent_withdrawal = Hasta que retire su consentimiento
retention-until-end_of_session = Hasta el final de la sesión
retention-until-purpose_fulfilled = Hasta que se haya cumplido el fin
retention-until-request_resolved = Hasta la resolución de su solicitud
retention-until-transaction = Hasta la transacción
retention-until-end_of_year = Hasta el final del año en que se efectuó el registro
retention-until-employment_end = Hasta la extinción de su relación laboral
retention-until-subscription_end = Hasta la finalización de su suscripción
retention-until-legal_claim_resolved = Hasta la resolución firme de cualquier reclamación judicial

## Sus derechos (art. 12 a 22, 7.3 y 77)

section-rights = Sus derechos
rights-intro = El RGPD le reconoce los derechos siguientes. Cuáles se aplican depende de la base jurídica del tratamiento; indicamos los que corresponden a los tratamientos que realizamos.
rights-exercise-heading = Cómo ejercer sus derechos
rights-exercise-intro = Para ejercer cualquiera de sus derechos, póngase en contacto con nosotros:
rights-free = El ejercicio de sus derechos es gratuito.
rights-fee = Solo podemos cobrar un canon razonable, o negarnos a atender una solicitud, cuando esta sea manifiestamente infundada o excesiva.
# $duration ya está formateado («30 días»).
rights-response-time = Respondemos a su solicitud en un plazo de { $duration }.
rights-response-default = Respondemos a su solicitud sin dilación indebida y, a más tardar, en el plazo de un mes.
# Título del recuadro destacado y separado sobre el derecho de oposición (art. 21).
object-heading = Su derecho de oposición
# Art. 21.1: tratamientos basados en intereses legítimos o en una misión de interés público.
object-general = Cuando tratamos sus datos personales sobre la base de intereses legítimos o para el cumplimiento de una misión realizada en interés público, tiene derecho a oponerse en cualquier momento, por motivos relacionados con su situación particular. En ese caso dejaremos de tratarlos, salvo que acreditemos motivos legítimos imperiosos que prevalezcan sobre sus intereses, derechos y libertades, o que el tratamiento sea necesario para la formulación, el ejercicio o la defensa de reclamaciones.
# Art. 21.2 y 21.3: mercadotecnia directa.
object-marketing = Tiene derecho a oponerse en cualquier momento al tratamiento de sus datos personales con fines de mercadotecnia directa, incluida la elaboración de perfiles relacionada con ella. Si se opone, dejaremos de tratar sus datos para ese fin.
# Seguido de la lista de fines afectados.
object-purposes = Afecta a los siguientes fines:
label-object-how = Cómo oponerse
withdraw-heading = Retirada del consentimiento
withdraw-text = Cuando el tratamiento se basa en su consentimiento, puede retirarlo en cualquier momento, con la misma facilidad con que lo dio. La retirada del consentimiento no afecta a la licitud del tratamiento basado en el consentimiento previo a su retirada.
complaint-heading = Su derecho a presentar una reclamación
complaint-text = Tiene derecho a presentar una reclamación ante una autoridad de control, en particular en el Estado miembro de la UE/EEE en el que tenga su residencia habitual o su lugar de trabajo, o en el que se haya producido la supuesta infracción.
complaint-authority = La autoridad de control competente respecto de nosotros es:
court-text = También tiene derecho a la tutela judicial efectiva: puede ejercitar acciones contra nosotros ante los tribunales del Estado miembro de la UE/EEE en el que tengamos un establecimiento o en el que usted tenga su residencia habitual.

## Decisiones automatizadas y elaboración de perfiles (art. 13.2.f) y 22)

section-automated = Decisiones automatizadas y elaboración de perfiles
automated-profiling = Este tratamiento incluye la elaboración de perfiles.
automated-solely-yes = La decisión se basa únicamente en el tratamiento automatizado.
automated-solely-no = En la decisión interviene una persona: no se basa únicamente en el tratamiento automatizado.
automated-effects-yes = La decisión puede producir efectos jurídicos en usted o afectarle significativamente de modo similar.
automated-effects-no = La decisión no produce efectos jurídicos en usted ni le afecta significativamente de modo similar.
label-logic = Lógica aplicada
label-significance = Importancia para usted
label-consequences = Consecuencias previstas
label-safeguards = Garantías
label-purposes = Fines
# Art. 22.3: decisiones basadas únicamente en el tratamiento automatizado con efectos significativos.
automated-rights = Tiene derecho a obtener intervención humana, a expresar su punto de vista y a impugnar la decisión.

## Cookies y tecnologías similares

section-cookies = Cookies y tecnologías similares
cookies-intro = Las siguientes cookies y tecnologías similares almacenan información en su dispositivo o acceden a ella.
cookies-caption = Cookies y tecnologías similares
col-name = Nombre
col-provider = Proveedor
col-category = Categoría
col-party = Instalada por
col-technology = Tecnología
col-lifetime = Duración
col-consent = Requiere consentimiento
col-description = Para qué sirve
party-first = Nosotros (cookie propia)
party-third = Un tercero
lifetime-session = Hasta que cierre el navegador
cookies-banner = Antes de instalar cualquier cookie o tecnología similar que no sea estrictamente necesaria, un banner le solicita su consentimiento.
cookies-reject = Rechazar es tan fácil como aceptar.
cookies-not-pre-ticked = Ninguna casilla está marcada de antemano: las cookies y tecnologías similares que no son estrictamente necesarias solo se instalan si usted las elige.
cookies-pre-ticked = En el banner de consentimiento, las casillas de las cookies y tecnologías similares que no son estrictamente necesarias aparecen marcadas de antemano.
cookies-no-wall = Puede utilizar el sitio web sin aceptar cookies ni tecnologías similares que no sean estrictamente necesarias.
# Fiel a la política: el acceso exige aceptar rastreadores no esenciales.
cookies-wall = Para acceder al sitio web es necesario aceptar cookies y tecnologías similares que no son estrictamente necesarias.
# Fiel a la política: seguir navegando se considera consentimiento.
cookies-implied = Consideramos que seguir navegando equivale a dar su consentimiento a las cookies y tecnologías similares.
cookies-browser-only = Puede gestionar las cookies a través de la configuración de su navegador.
# Enlace a la página en la que se modifican las preferencias de cookies.
cookies-manage-link = Modificar la configuración de cookies

## Seguridad (art. 32)

section-security = Cómo protegemos sus datos
security-measures = Entre nuestras medidas figuran:

## Otras informaciones

section-statements = Información adicional
statement-no-sale = No vendemos sus datos personales.
statement-no-automated-decisions = No tomamos decisiones sobre usted basadas únicamente en el tratamiento automatizado que produzcan efectos jurídicos en usted o le afecten significativamente de modo similar.
statement-no-special-categories = No tratamos categorías especiales de datos personales, como datos sobre su salud, su religión o sus opiniones políticas.

## Cambios e historial de versiones

section-changes = Cambios en esta política
# $duration ya está formateado («30 días»).
changes-notice = Le informamos de los cambios con una antelación mínima de { $duration } a su entrada en vigor.
changes-active = Le informamos de los cambios directamente, por ejemplo por correo electrónico, y no solo en esta página.
changes-passive = Anunciamos los cambios en esta página.
# Fiel a la política: seguir utilizando el servicio equivale a aceptar los cambios.
changes-continued-use = La presente política considera que seguir utilizando el servicio después de un cambio supone aceptarlo.
history-heading = Historial de versiones
history-caption = Versiones de esta política
col-version = Versión
col-date = Fecha
col-changes = Cambios
